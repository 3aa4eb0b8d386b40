"""The sync protocol of SYNC.md: shared by the workstation client and the central server."""

PROTOCOL = 1
