"""The data folder is for the account that runs PrisonDesk, and administrators, only.

It holds PINs, injury notes, password hashes, the sync token and the key that signs visit
passes. On POSIX the folder and its subfolders are 0700 and the program's files 0600 (new
files are born so through the umask); only the program's own entries are touched there:
``--home`` may point at a folder that holds other files. On Windows the folder gets a
protected ACL that admits the running account, Administrators and SYSTEM, and Windows hands
it down to everything in the folder. A folder the Windows installer made for every account of
a workstation (``shared_group``: the installer's group of users) keeps the installer's ACL —
that group, Administrators and SYSTEM — which a user's program may neither change nor widen.
``problems`` says what is too open, for ``selftest``.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE, FILE_MODE = 0o700, 0o600
SUBFOLDERS = ("backups", "logs")
OWN_FILES = (
    "prisondesk.sqlite3*",
    "server.sqlite3*",
    "settings.json*",
    "selftest.json*",
    "prisondesk.lock",
)


def restrict_new_files() -> None:
    """Files the process creates from now on are its owner's only (POSIX)."""
    if os.name == "posix":
        os.umask(0o077)


def own_entries(home: Path) -> Iterator[Path]:
    """The folder, its subfolders and the files PrisonDesk keeps there."""
    yield home
    for pattern in OWN_FILES:
        yield from sorted(home.glob(pattern))
    for name in SUBFOLDERS:
        folder = home / name
        if folder.is_dir():
            yield folder
            yield from sorted(p for p in folder.iterdir() if p.is_file())


def make_private(home: Path, shared_group: str | None = None) -> list[str]:
    """Tighten the data folder; what could not be tightened (said, never raised: a folder
    of another account still opens, and selftest reports it)."""
    if sys.platform == "win32":
        # the installer set the shared folder's ACL; rewriting it would lock the others out
        return [] if shared_group else _windows_make_private(home)
    failed = []
    for entry in own_entries(home):
        wanted = FOLDER_MODE if entry.is_dir() else FILE_MODE
        try:
            if stat.S_IMODE(entry.stat().st_mode) != wanted:
                entry.chmod(wanted)
        except OSError as problem:
            failed.append(f"{entry}: {problem.strerror or problem}")
    for line in failed:
        log.warning("cannot make private: %s", line)
    return failed


def problems(home: Path, shared_group: str | None = None) -> list[str]:
    """The entries that others than the owner (or the installation's group of users) and
    administrators may read or enter."""
    if not home.exists():
        return []
    if sys.platform == "win32":
        return _windows_problems(home, shared_group)
    found = []
    for entry in own_entries(home):
        try:
            mode = stat.S_IMODE(entry.stat().st_mode)
        except OSError:  # a -wal or -shm file the program removed meanwhile
            continue
        if mode & 0o077:
            wanted = FOLDER_MODE if entry.is_dir() else FILE_MODE
            found.append(f"{entry} is {mode:o}, open to others (want {wanted:o})")
    return found


# --- Windows: pywin32 (a dependency on Windows only) -------------------------------------


def _windows_sids(shared_group: str | None = None) -> list:  # pragma: no cover - Windows
    import pywintypes
    import win32api
    import win32security

    token = win32security.OpenProcessToken(win32api.GetCurrentProcess(), win32security.TOKEN_QUERY)
    user = win32security.GetTokenInformation(token, win32security.TokenUser)[0]
    sids = [
        user,
        win32security.CreateWellKnownSid(win32security.WinBuiltinAdministratorsSid),
        win32security.CreateWellKnownSid(win32security.WinLocalSystemSid),
    ]
    if shared_group:
        # OWNER RIGHTS: the installer's entry that keeps a file's owner from changing its ACL
        sids.append(win32security.ConvertStringSidToSid("S-1-3-4"))
        try:
            sids.append(win32security.LookupAccountName(None, shared_group)[0])
        except pywintypes.error:  # the group was deleted: its entry shows up as a problem
            log.warning("no Windows group %s", shared_group)
    return sids


def _windows_make_private(home: Path) -> list[str]:  # pragma: no cover - Windows
    import ntsecuritycon
    import pywintypes
    import win32security

    dacl = win32security.ACL()
    inherit = ntsecuritycon.OBJECT_INHERIT_ACE | ntsecuritycon.CONTAINER_INHERIT_ACE
    for sid in _windows_sids():
        dacl.AddAccessAllowedAceEx(
            win32security.ACL_REVISION, inherit, ntsecuritycon.FILE_ALL_ACCESS, sid
        )
    try:  # protected: nothing inherited from ProgramData or the profile is kept
        win32security.SetNamedSecurityInfo(
            str(home),
            win32security.SE_FILE_OBJECT,
            win32security.DACL_SECURITY_INFORMATION
            | win32security.PROTECTED_DACL_SECURITY_INFORMATION,
            None,
            None,
            dacl,
            None,
        )
    except pywintypes.error as problem:
        log.warning("cannot make private: %s: %s", home, problem)
        return [f"{home}: {problem}"]
    return []


def _windows_problems(  # pragma: no cover - Windows
    home: Path, shared_group: str | None
) -> list[str]:
    import ntsecuritycon
    import pywintypes
    import win32security

    allowed = _windows_sids(shared_group)
    described = win32security.GetNamedSecurityInfo(
        str(home), win32security.SE_FILE_OBJECT, win32security.DACL_SECURITY_INFORMATION
    )
    dacl = described.GetSecurityDescriptorDacl()
    if dacl is None:
        return [f"{home} has no access list: everyone may read it"]
    found = []
    for index in range(dacl.GetAceCount()):
        ace = dacl.GetAce(index)
        (kind, _flags), sid = ace[0], ace[-1]  # object ACEs carry more parts in between
        if kind != ntsecuritycon.ACCESS_ALLOWED_ACE_TYPE or sid in allowed:
            continue
        try:
            name, domain, _ = win32security.LookupAccountSid(None, sid)
            found.append(f"{home} admits {domain}\\{name}")
        except pywintypes.error:  # an account deleted since: its SID alone
            found.append(f"{home} admits {win32security.ConvertSidToStringSid(sid)}")
    return found
