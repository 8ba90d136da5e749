"""The gazetteer name automaton, cached in the gazetteer's home next to its database file.

Building the automaton is seconds of Python work per process (180k names, each with its spelling variants); loading
the pickled automaton is a tenth of that. The cache file's name and header carry a key made of the gazetteer's build
id (its sources hash) and a hash of everything that shapes the automaton besides the database: the variant-building
code (recognize.py, names.py, the lower-part regions in geo/__init__.py), the stoplist, this module, the pyahocorasick
and Python versions. So a cached automaton is never stale: any change gives another key, and a file whose key differs
is never read. A missing, unreadable or corrupt file is rebuilt (with a warning when it was there but unreadable)
and the run goes on; a home that cannot be written to just means no cache."""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.geo.recognize import NameAutomaton

log = logging.getLogger(__name__)

FORMAT = "1"  # bump when the file layout changes
_PREFIX = "automaton-"
_SUFFIX = ".pickle"
_MAGIC = b"newsevents-automaton\n"
_BUILD_ID = re.compile(r"[0-9a-f]{6,64}")  # (it names a file: nothing else is taken)
# The modules whose code builds the automaton's keys (any edit there changes the key: never a stale cache)
_CODE_MODULES = ("newsevents.geo.recognize", "newsevents.geo.names", "newsevents.geo", __name__)


def variant_hash() -> str:
    """Hash of the code and inputs, other than the gazetteer, that decide what the automaton holds."""
    h = hashlib.sha256(FORMAT.encode())
    for name in _CODE_MODULES:
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if path is None:  # (not imported from a file: never cache what cannot be keyed)
            raise OSError(f"no source file for {name}")
        h.update(name.encode() + b"\0" + Path(path).read_bytes())
    h.update(resources.files("newsevents.data").joinpath("geo", "stoplist.txt").read_bytes())
    try:
        aho = metadata.version("pyahocorasick")
    except metadata.PackageNotFoundError:
        aho = "?"
    h.update(f"pyahocorasick={aho};python={sys.version}".encode())
    return h.hexdigest()[:16]


def cache_path(home: Path, build_id: str, variants: str) -> Path:
    return home / f"{_PREFIX}{build_id}-{variants}{_SUFFIX}"


def _header(build_id: str, variants: str) -> bytes:
    return _MAGIC + f"{build_id} {variants}\n".encode()


def load(path: Path, build_id: str, variants: str) -> NameAutomaton | None:
    """The automaton cached at `path` for this key; None when the file is missing. Raises ValueError (or what
    unpickling raises) when the file is there but unreadable, corrupt or of another key."""
    from newsevents.geo.recognize import NameAutomaton

    header = _header(build_id, variants)
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return None
    with stream:  # (read as a stream: no 44 MB copy of the file held beside the automaton)
        if stream.read(len(header)) != header:
            raise ValueError("its key does not match")
        obj = pickle.load(stream)  # noqa: S301 (our own file, in the user's own cache home)
    if not isinstance(obj, NameAutomaton):
        raise ValueError(f"it holds a {type(obj).__name__}")
    return obj


def save(path: Path, automaton: NameAutomaton, build_id: str, variants: str) -> None:
    """Write atomically (a temporary file renamed over the target: readers never see half a file)."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_header(build_id, variants))
            pickle.dump(automaton, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale(keep: Path) -> None:
    """Drop older cache files except the most recent other one (`newsevents.geo.build.prune_older`)."""
    from newsevents.geo.build import prune_older

    prune_older(keep, f"{_PREFIX}*{_SUFFIX}", "automaton cache")


def cached(home: Path, build_id: str, build: Callable[[], NameAutomaton]) -> NameAutomaton:
    """The automaton from the cache in `home` for this build id, else `build()` (then cached when possible)."""
    try:
        variants = variant_hash()
    except OSError:
        return build()
    path = cache_path(home, build_id, variants)
    try:
        found = load(path, build_id, variants)
    except Exception as exc:  # noqa: BLE001 (any unreadable cache is rebuilt; the run goes on)
        log.warning("automaton cache %s is unreadable (%s): rebuilding it", path, exc)
        found = None
    if found is not None:
        return found
    automaton = build()
    try:
        if home.is_dir():
            save(path, automaton, build_id, variants)
            _remove_stale(path)
    except OSError as exc:
        log.debug("automaton cache not written to %s: %s", home, exc)
    return automaton


def for_gazetteer(gazetteer: object, build: Callable[[], NameAutomaton]) -> NameAutomaton:
    """`build()`, or its copy cached next to the gazetteer's database file. Only a database in the gazetteer home
    (`newsevents.geo.build.home`) with a build id is cached: no automaton is ever read from elsewhere, and an
    in-memory gazetteer is always built."""
    from newsevents.geo.build import home

    path = getattr(gazetteer, "path", None)
    meta = getattr(gazetteer, "meta", None)
    if path is None or not callable(meta):
        return build()
    try:
        build_id = str(meta().get("sources_hash", ""))
        in_home = Path(path).parent.resolve() == home().resolve()
    except (OSError, sqlite3.Error):
        return build()
    if not in_home or _BUILD_ID.fullmatch(build_id) is None:
        return build()
    return cached(home(), build_id, build)


def warm(db_path: Path) -> bool:
    """At `newsevents gazetteer build`: make and save the automaton of the gazetteer at `db_path` now, so that the
    first extract after a build loads it (a fraction of a second) instead of building it (seconds). True when a cache
    file for it is in the home afterwards; a database outside the home is never cached (`for_gazetteer`), and a
    failure only costs the first extract its seconds."""
    from newsevents.geo import GeoParser
    from newsevents.geo.gazetteer import Gazetteer

    try:
        gaz = Gazetteer.open(db_path)
    except Exception as exc:  # noqa: BLE001 (the build itself succeeded: warming is a courtesy)
        log.debug("automaton not warmed for %s: %s", db_path, exc)
        return False
    try:
        GeoParser(gaz).automaton  # noqa: B018 (built, or loaded, and cached on access)
        build_id = str(gaz.meta().get("sources_hash", ""))
        from newsevents.geo.build import home
        return any(home().glob(f"{_PREFIX}{build_id}-*{_SUFFIX}")) if _BUILD_ID.fullmatch(build_id) else False
    finally:
        gaz.close()

