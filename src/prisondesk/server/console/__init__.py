"""The server console: a small web application for the people who run the central server
(facilities, enrolment codes, desks, sync health, the audit of its administration), served
under ``/console`` by the server's own FastAPI application when ``--console`` is given.

Server-rendered HTML (Jinja2, autoescaped), no JavaScript and nothing from the internet.
Every action calls the server functions the command line calls (server/devices.py), which
write their audit entry in the same transaction. Accounts are the console's own
(``prisondesk server admin add``), apart from the desks' users.
"""
