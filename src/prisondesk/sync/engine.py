"""One sync round of a workstation: push the outbox, pull to the end, check the digest.

Push sends the outbox oldest first in batches bounded by count and size; an op leaves the
outbox only when the server has answered for that exact op (a rejected one moves to
``sync_rejected`` for supervisors). Pull applies page after page, each page with its cursor in
one transaction. When the pull reached the end with nothing left to push, the server's digest
must equal the local one; a table that differs is pulled again, alone, and reported if it
still differs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select

from prisondesk.db.capture import AUDIT_TABLE
from prisondesk.db.engine import Database
from prisondesk.db.models import RejectedChange
from prisondesk.db.replication import OutboxEntry
from prisondesk.domain.wire import to_wire, utc_now
from prisondesk.sync import state
from prisondesk.sync.apply import AfterApply, apply_page, retire_refused_insert
from prisondesk.sync.digest import local_digest
from prisondesk.sync.http import ServerRefused, SyncClient, SyncFailure, encoded

log = logging.getLogger(__name__)
PUSH_OPS = 500  # 1,000 measured no faster: larger pages cost the collector what fsyncs save
PUSH_BYTES = 4 * 1024 * 1024  # well under the server's 8 MiB, before gzip
PULL_LIMIT = 1000
DIGEST_RECHECK_S = 3600  # when nothing moved, the digests are compared again after an hour


@dataclass
class RoundReport:
    pushed: int = 0
    merged: int = 0
    rejected: int = 0
    clock_skew: int = 0
    pulled: int = 0
    # ok | mismatch | skipped (changes arrived meanwhile) | unchanged (nothing moved since the
    # digests last matched: the check would read every row again to learn nothing)
    digest: str = "skipped"
    repulled: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    unstored: int = 0  # pulled rows this desk could not store, kept as rejected changes

    def summary(self) -> str:
        parts = [f"pushed {self.pushed}", f"pulled {self.pulled}"]
        if self.merged:
            parts.append(f"{self.merged} merged with conflicts")
        if self.rejected:
            parts.append(f"{self.rejected} rejected")
        if self.clock_skew:
            parts.append(f"{self.clock_skew} with the clock ahead")
        if self.unstored:
            parts.append(f"{self.unstored} pulled but not storable here (kept as rejected)")
        parts.append(f"digest {self.digest}")
        if self.repulled:
            parts.append(f"re-pulled {', '.join(self.repulled)}")
        if self.mismatched:
            parts.append(f"still different: {', '.join(self.mismatched)}")
        return ", ".join(parts)


class SyncEngine:
    def __init__(
        self,
        db: Database,
        client: SyncClient,
        schema: str,
        after_apply: AfterApply | None = None,
        progress: Callable[[RoundReport], None] | None = None,
    ) -> None:
        self.db, self.client, self.schema = db, client, schema
        self.after_apply = after_apply
        self.progress = progress or (lambda report: None)

    def run_round(self) -> RoundReport:
        report = RoundReport()
        self.push(report)
        reached_end = self.pull(report)
        if reached_end:
            self.check_digest(report)
        self.refresh_directory()
        with self.db.apply_remote() as session:
            state.put(session, state.LAST_SUCCESS, to_wire(utc_now()))
            state.put(session, state.LAST_ERROR, "")
            state.put(session, state.DIGEST_MISMATCH, ",".join(report.mismatched))
        return report

    # push ----------------------------------------------------------------------------------

    def push(self, report: RoundReport) -> None:
        with self.db.read() as session:
            last = session.scalar(select(func.max(OutboxEntry.seq))) or 0
            if not state.get(session, state.FACILITY_ID):
                return  # a headquarters viewer reads every facility and writes none
        after, limit = 0, PUSH_OPS
        compact: bool | None = None  # asked of the server once there is something to send
        while True:
            if compact is None and last > after:
                compact = "op_values" in self.client.hello().get("features", ())
            batch, cursor = self._next_batch(after, last, limit, bool(compact))
            if not batch:
                return
            try:
                answer = self.client.push(self.schema, [op for _, op, _ in batch])
            except ServerRefused as refusal:
                if refusal.status != 413:
                    raise
                # smaller batches; one op alone says which is too big (the audit entries of
                # a cut transaction that ride along are not counted: they go again later)
                primary = sum(seq <= cursor for seq, _, _ in batch)
                if primary > 1:
                    limit = primary // 2
                    continue
                answer = {"results": [{**_single(batch), "reason": "too_large"}]}
            self._record_answers(batch, answer["results"], report)
            after = cursor
            limit = PUSH_OPS
            self.progress(report)

    def _next_batch(
        self, after: int, last: int, limit: int, compact: bool = False
    ) -> tuple[list[tuple[int, dict[str, Any], OutboxEntry]], int]:
        """The next ops to send, oldest first, and the outbox seq to go on after. A
        transaction the limits cut in two sends its audit entries with its first part, at
        the end of the batch: the server wants each change covered by its user's audit entry
        in the same push, or by the latest one the device pushed (server/authorise.py)."""
        batch, size = [], 0
        with self.db.read() as session:
            # one more than the limit: the first op left out says whether a transaction is cut
            entries = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.seq > after, OutboxEntry.seq <= last)
                .order_by(OutboxEntry.seq)
                .limit(limit + 1)
            ).all()
            for entry in entries[:limit]:
                op = self._op(entry, compact)
                size += len(encoded(op))  # as sent (UTF-8), before gzip
                if batch and size > PUSH_BYTES:
                    break
                batch.append((entry.seq, op, entry))
            if not batch:
                return batch, after
            cursor, cut = batch[-1][0], batch[-1][2].txn
            left_out = entries[len(batch)] if len(entries) > len(batch) else None
            if cut is not None and left_out is not None and left_out.txn == cut:
                batch += [
                    (entry.seq, self._op(entry, compact), entry)
                    for entry in session.scalars(
                        select(OutboxEntry)
                        .where(
                            OutboxEntry.seq > cursor,
                            OutboxEntry.seq <= last,
                            OutboxEntry.txn == cut,
                            OutboxEntry.table_name == AUDIT_TABLE,
                        )
                        .order_by(OutboxEntry.seq)
                    )
                ]
        return batch, cursor

    @staticmethod
    def _op(entry: OutboxEntry, compact: bool) -> dict[str, Any]:
        op = {
            "op_id": entry.op_id,
            "table": entry.table_name,
            "row_id": entry.row_id,
            "kind": entry.kind,
            "fields": entry.fields,
            "base": entry.base,
            "user_id": entry.user_id,
            "device_time": to_wire(entry.device_time),
        }
        return shared_hlc(op) if compact else op

    def _record_answers(
        self,
        batch: list[tuple[int, dict[str, Any], OutboxEntry]],
        results: list[dict[str, Any]],
        report: RoundReport,
    ) -> None:
        entries = {op["op_id"]: entry for _, op, entry in batch}
        answered, rejected = [], []
        audit_seen = 0
        for result in results:
            entry = entries.get(result.get("op_id"))
            if entry is None:
                continue  # not an op we sent: never delete on a guess
            answered.append(entry.op_id)
            if entry.table_name == AUDIT_TABLE and entry.kind == "insert":
                audit_seen = max(audit_seen, int(entry.fields["device_seq"]["value"]))
            status = result.get("status")
            if "clock_skew" in (result.get("flags") or []):
                report.clock_skew += 1
            if status == "rejected":
                report.rejected += 1
                log.warning("server rejected %s %s: %s", entry.table_name, entry.row_id, result)
                rejected.append(
                    {
                        "op_id": entry.op_id,
                        "table_name": entry.table_name,
                        "row_id": entry.row_id,
                        "kind": entry.kind,
                        "fields": entry.fields,
                        "reason": str(result.get("reason") or "rejected")[:32],
                        "user_id": entry.user_id,
                        "device_time": entry.device_time,
                        "rejected_at": utc_now(),
                    }
                )
            else:
                report.pushed += 1
                report.merged += status == "merged"
        with self.db.apply_remote() as session:
            if rejected:
                session.execute(insert(RejectedChange).prefix_with("OR IGNORE"), rejected)
            for refused in rejected:
                if refused["kind"] == "insert":
                    retire_refused_insert(
                        session, refused["table_name"], refused["row_id"], refused["reason"]
                    )
            for start in range(0, len(answered), 500):
                session.execute(
                    delete(OutboxEntry).where(OutboxEntry.op_id.in_(answered[start : start + 500]))
                )
            if audit_seen > state.audit_acknowledged(session):
                state.put(session, state.AUDIT_ACKNOWLEDGED, str(audit_seen))

    # pull ----------------------------------------------------------------------------------

    def pull(self, report: RoundReport, table: str | None = None) -> bool:
        """Pull to the end; ``table`` re-pulls one table from the start without moving the
        cursor. Returns whether the end was reached."""
        with self.db.read() as session:
            after = 0 if table else state.cursor(session)
        # the next page is fetched while this one is applied: the server builds and sends it
        # on its own core meanwhile. Pages are still applied in order, each with its cursor,
        # so a failure anywhere leaves the cursor after the last page applied, as before; the
        # page fetched ahead is then dropped, never half-applied.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead") as ahead:
            coming = ahead.submit(self.client.pull, after, PULL_LIMIT, table)
            while True:
                page = coming.result()
                if page["more"]:
                    coming = ahead.submit(self.client.pull, page["next"], PULL_LIMIT, table)
                with self.db.apply_remote() as session:
                    result = apply_page(
                        session,
                        self.db.clock,
                        page["changes"],
                        None if table else page["next"],
                        self.after_apply,
                    )
                report.pulled += result.applied
                report.unstored += result.unstored
                self.progress(report)
                if not page["more"]:
                    return True

    # facilities ----------------------------------------------------------------------------

    def refresh_directory(self) -> None:
        """Remember the server's facilities, so a transfer can name one offline. A failure
        here keeps the list as it was and fails nothing else of the round."""
        try:
            found = self.client.facilities()
        except ServerRefused as refusal:
            if refusal.status != 404:
                log.warning("the server's facility list could not be read: %s", refusal)
                return
            found = []  # a server older than the list: transfers stay outside the system
        except SyncFailure as problem:
            log.warning("the server's facility list could not be read: %s", problem)
            return
        with self.db.apply_remote() as session:
            state.put_directory(session, found)

    # digest --------------------------------------------------------------------------------

    def check_digest(self, report: RoundReport) -> None:
        with self.db.read() as session:
            # local changes arrived meanwhile: the figures cannot match yet (a headquarters
            # desk's own accounts and reads wait for no push: they are left out below)
            waiting = session.scalar(select(func.count()).select_from(OutboxEntry))
            if waiting and not self.db.headquarters:
                return
            cursor = state.cursor(session)
            matched_at = state.get(session, state.DIGEST_MATCHED_AT)
        at_cursor, _, when = matched_at.partition("@")
        recent = when and time.time() - float(when) < DIGEST_RECHECK_S
        if not report.pushed and not report.pulled and at_cursor == str(cursor) and recent:
            report.digest = "unchanged"
            return
        remote = self.client.digest()
        if remote["as_of"] != cursor:
            return
        differing = self._differing(remote["tables"])
        if not differing:
            report.digest = "ok"
            with self.db.apply_remote() as session:
                state.put(session, state.DIGEST_MATCHED_AT, f"{cursor}@{time.time()}")
            return
        report.digest = "mismatch"
        for table in differing:
            log.warning("digest of %s differs from the server's: pulling it again", table)
            self.pull(report, table)
            report.repulled.append(table)
        report.mismatched = self._differing(self.client.digest()["tables"], only=differing)

    def _differing(self, remote: dict[str, Any], only: list[str] | None = None) -> list[str]:
        with self.db.read() as session:
            local = local_digest(session)
        names = sorted(set(local) & set(remote))
        if self.db.headquarters:  # its own accounts and audit trail are its alone
            names = [n for n in names if n not in HEADQUARTERS_OWN_TABLES]
        return [n for n in names if (only is None or n in only) and local[n] != remote[n]]


HEADQUARTERS_OWN_TABLES = ("user_account", "audit_entry")


def shared_hlc(op: dict[str, Any]) -> dict[str, Any]:
    """The op as ``values`` with their one HLC (docs/sync-additions.md, feature
    "op_values"): a local change stamps all its fields alike, so each field's object and
    HLC — some sixty bytes, read once per column — is said once."""
    stamps = {item["hlc"] for item in op["fields"].values()}
    if len(stamps) != 1:
        return op
    compact = {name: value for name, value in op.items() if name != "fields"}
    compact["values"] = {name: item["value"] for name, item in op["fields"].items()}
    compact["hlc"] = stamps.pop()
    return compact


def _single(batch: list[tuple[int, dict[str, Any], OutboxEntry]]) -> dict[str, Any]:
    """The answer for one op bigger than the server takes: it cannot ever go, so it joins
    the rejected changes instead of blocking the outbox."""
    return {"op_id": batch[0][1]["op_id"], "status": "rejected"}
