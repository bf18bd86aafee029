"""Build step that puts the default intent model into the wheel; every other setting lives in pyproject.toml.

The model stays at the top level (``models/intents``, built by ``models/build_default_model.py`` from
``models/data``), where a source checkout and an editable install find it. A wheel has no top-level ``models/``,
so a normal build copies just the model's two files to ``cxmine/models/intents``, where
``cxmine.classify.intents.store.default_model_dir`` looks inside an installed package. Training data and the build
script stay out of the package. ``MANIFEST.in`` carries the two files into the sdist, so a wheel built from the
sdist gets them too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
MODEL_SOURCE = Path("models", "intents")
MODEL_TARGET = Path("cxmine", "models", "intents")
MODEL_FILES = ("model.json", "model.skops")
# The speaker-role model (models/build_role_model.py), found by cxmine.pipeline.role_model.default_model_dir
ROLE_MODEL_SOURCE = Path("models", "roles")
ROLE_MODEL_TARGET = Path("cxmine", "models", "roles")
ROLE_MODEL_FILES = ("model.json", "weights.npz")


def copy_default_model(build_lib: Path, root: Path = ROOT) -> list[Path]:
    """Copy the default model into ``build_lib``; a missing file stops the build instead of shipping a wheel
    whose ``cxmine classify`` fails later on the user's machine."""
    missing = [name for name in MODEL_FILES if not (root / MODEL_SOURCE / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{MODEL_SOURCE} lacks {', '.join(missing)}: run 'make model' before building a wheel"
        )
    target = Path(build_lib) / MODEL_TARGET
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(root / MODEL_SOURCE / name, target / name)) for name in MODEL_FILES]


class BuildPyWithModel(build_py):
    """``build_py`` plus the default model; an editable install skips the copy and reads ``models/intents``."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            copy_default_model(Path(self.build_lib))
            target = Path(self.build_lib) / ROLE_MODEL_TARGET
            target.mkdir(parents=True, exist_ok=True)
            for name in ROLE_MODEL_FILES:
                shutil.copyfile(ROOT / ROLE_MODEL_SOURCE / name, target / name)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return outputs + [str(Path(self.build_lib) / MODEL_TARGET / name) for name in MODEL_FILES] + [
            str(Path(self.build_lib) / ROLE_MODEL_TARGET / name) for name in ROLE_MODEL_FILES]


# setuptools' build backend runs this file as __main__; tests import it only for copy_default_model
if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithModel})
