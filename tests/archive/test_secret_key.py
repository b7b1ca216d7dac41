"""The SECRET_KEY is never a public default."""
import stat

from config.secret_key import secret_key


def test_without_one_in_the_environment_a_key_is_generated_once_and_kept_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = secret_key(tmp_path)
    assert len(first) >= 50 and "insecure" not in first
    assert secret_key(tmp_path) == first  # the same key on every start
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert secret_key(tmp_path / ".." / tmp_path.name) == first


def test_two_data_directories_get_two_keys(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert secret_key(tmp_path / "a") != secret_key(tmp_path / "b")


def test_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "from-the-operator")
    assert secret_key(tmp_path) == "from-the-operator"
    assert not (tmp_path / "secret_key").exists()
