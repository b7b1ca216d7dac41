"""Admin sign-in is throttled: after five wrong passwords even the right one is refused for an hour."""
import pytest

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password="correct horse battery", is_staff=True)


def sign_in(client, password: str):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR="203.0.113.9")


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(client, editor):
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    assert sign_in(client, "wrong").status_code == 429  # the fifth locks the account out
    locked = sign_in(client, "correct horse battery")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode() or "失败" in locked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_right_password_before_the_limit_signs_in_and_resets_the_count(client, editor):
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, "correct horse battery").status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, "correct horse battery").status_code == 302
