"""`manage.py check --deploy` is clean under the production environment the README documents."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def deploy_check(tmp_path, **environment) -> str:
    env = {**os.environ, "DATA_DIR": str(tmp_path), "DJANGO_DEBUG": "0", **environment}
    env.pop("SECRET_KEY", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests' runner, never in a deployment
    env.update(environment)
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    return done.stdout + done.stderr


def test_the_documented_production_environment_passes_the_deploy_check(tmp_path):
    out = deploy_check(tmp_path, DJANGO_HTTPS="1", ALLOWED_HOSTS="archive.example.org")
    assert "System check identified no issues" in out, out


def test_without_https_the_deploy_check_names_what_is_missing(tmp_path):
    out = deploy_check(tmp_path)
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in out
    assert "security.W009" not in out  # the generated key is never a weak default
