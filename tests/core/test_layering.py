import subprocess
import sys


def test_importing_the_core_does_not_import_django():
    code = (
        "import sys, importlib, pkgutil, socialstrategy.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'socialstrategy.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('django' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
