"""Databases the tables go to: SQLite (default) and PostgreSQL (the central database).

Guarantees, for both:
- one document's rows are replaced in one transaction (delete, then insert), so a
  kill -9 leaves either the old rows or the new ones, never half;
- rows are keyed by (doc_id, item): loading the same archive twice adds nothing;
- a file whose bytes changed replaces the rows of its previous version;
- the schema carries a version and an older database is migrated on open.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Iterable

from extractors.schema import TableSchema

from .tables import TableRows, stored_schemas

SCHEMA_VERSION = 3  # 3: columns follow the registry; a missing table or column is added on open


def _q(col: str) -> str:
    return f'"{col}"'


def ddl(pg: bool = False) -> list[str]:
    """CREATE TABLE statements of the bookkeeping tables and of every table in the registry."""
    out = ['CREATE TABLE IF NOT EXISTS kehoach_meta ("key" TEXT PRIMARY KEY, "value" TEXT)',
           'CREATE TABLE IF NOT EXISTS files ("source" TEXT PRIMARY KEY, "doc_id" TEXT, "size" BIGINT, '
           '"mtime" DOUBLE PRECISION)']
    for t in stored_schemas():
        body = ", ".join(f"{_q(c.name)} {c.sql(pg)}" for c in t.columns)
        out.append(f"CREATE TABLE IF NOT EXISTS {t.name} ({body}, PRIMARY KEY ({', '.join(t.key)}))")
    return out


class Store:
    """Common logic; subclasses give a connection and a parameter style."""

    placeholder = "?"
    pg = False

    def __init__(self, conn):
        self.conn = conn
        self._migrate()

    # -- schema
    def _execute(self, sql: str, params: Iterable = ()):
        cur = self.conn.cursor()
        cur.execute(sql, tuple(params))
        return cur

    def _version(self) -> int | None:
        try:
            row = self._execute('SELECT "value" FROM kehoach_meta WHERE "key" = ' + self.placeholder,
                                ("schema_version",)).fetchone()
        except Exception:
            self.conn.rollback()
            return None
        return int(row[0]) if row else None

    def _migrate(self) -> None:
        """Create what is missing; add every column the registry has and the database lacks."""
        for stmt in ddl(self.pg):
            self._execute(stmt)
        for t in stored_schemas():
            have = self._columns(t.name)
            for c in t.columns:
                if c.name not in have:
                    self._execute(f"ALTER TABLE {t.name} ADD COLUMN {_q(c.name)} {c.sql(self.pg)}")
        self._set_version(SCHEMA_VERSION)
        self.conn.commit()

    def _columns(self, table: str) -> set[str]:
        cur = self._execute(f"SELECT * FROM {table} WHERE 1 = 0")
        return {d[0] for d in cur.description}

    def _set_version(self, v: int) -> None:
        p = self.placeholder
        self._execute(f'DELETE FROM kehoach_meta WHERE "key" = {p}', ("schema_version",))
        self._execute(f'INSERT INTO kehoach_meta ("key", "value") VALUES ({p}, {p})', ("schema_version", str(v)))

    # -- queries
    def known(self, source: str, size: int, mtime: float, version: str | None = None) -> str | None:
        """doc_id already stored for this exact file (same path, size and mtime) and, given ``version``, read by
        that version of the rules (pipeline/version.py), else None."""
        p = self.placeholder
        sql = (f'SELECT f.doc_id FROM files f JOIN documents d ON d.doc_id = f.doc_id '
               f'WHERE f.source = {p} AND f.size = {p} AND f.mtime = {p}')
        args: tuple = (source, size, mtime)
        if version is not None:
            sql, args = sql + f' AND d.kehoach_version = {p}', args + (version,)
        row = self._execute(sql, args).fetchone()
        self.conn.commit()
        return row[0] if row else None

    def count(self, table: str) -> int:
        n = self._execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        self.conn.commit()
        return int(n)

    # -- writes
    def _lock(self, key: str) -> None:
        """Serialise writers of one document (PostgreSQL); SQLite locks the whole file."""

    @property
    def document_tables(self) -> list[TableSchema]:
        return [t for t in stored_schemas() if t.name != "failures"]

    def _schema(self, name: str) -> TableSchema:
        return next(t for t in stored_schemas() if t.name == name)

    def write_document(self, source: str, size: int, mtime: float, rows: list[TableRows]) -> None:
        """Replace one document's rows and record the file, in one transaction."""
        p = self.placeholder
        doc_id = next(r for r in rows if r.table == "documents").values[0][0]
        try:
            self._begin()
            self._lock(doc_id)
            old = self._execute(f"SELECT doc_id FROM files WHERE source = {p}", (source,)).fetchone()
            stale = {doc_id}
            if old and old[0] != doc_id:
                others = self._execute(f"SELECT COUNT(*) FROM files WHERE doc_id = {p} AND source <> {p}",
                                       (old[0], source)).fetchone()[0]
                if not others:
                    stale.add(old[0])
            schemas = {t.name: t for t in stored_schemas()}  # once per plan, not once per table
            for t in schemas.values():
                if t.name == "failures":
                    continue
                for d in stale:
                    self._execute(f"DELETE FROM {t.name} WHERE doc_id = {p}", (d,))
            for r in rows:
                if r.values:
                    cols = schemas[r.table].names
                    sql = (f"INSERT INTO {r.table} ({', '.join(_q(c) for c in cols)}) "
                           f"VALUES ({', '.join([p] * len(cols))})")
                    self.conn.cursor().executemany(sql, r.values)
            self._execute(f"DELETE FROM files WHERE source = {p}", (source,))
            self._execute(f"INSERT INTO files (source, doc_id, size, mtime) VALUES ({p}, {p}, {p}, {p})",
                          (source, doc_id, size, mtime))
            self._execute(f"DELETE FROM failures WHERE source = {p}", (source,))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def write_failure(self, source: str, doc_id: str | None, stage: str, reason: str) -> None:
        p = self.placeholder
        try:
            self._begin()
            self._execute(f"DELETE FROM failures WHERE source = {p}", (source,))
            self._execute(f"INSERT INTO failures (source, doc_id, stage, reason, at) VALUES ({p}, {p}, {p}, {p}, {p})",
                          (source, doc_id, stage, reason[:2000], time.strftime("%Y-%m-%dT%H:%M:%S")))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def _begin(self) -> None:
        pass

    def read_table(self, table: str):
        import pandas as pd

        cur = self._execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        cols = [d[0] for d in cur.description]
        df = pd.DataFrame(cur.fetchall(), columns=cols)
        self.conn.commit()
        return df

    def close(self) -> None:
        self.conn.close()


class SQLiteStore(Store):
    placeholder = "?"

    def __init__(self, path: str | os.PathLike):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        self._autocommit = conn
        super().__init__(_SQLiteTx(conn))

    def _begin(self) -> None:
        self.conn.begin()


class _SQLiteTx:
    """sqlite3 in autocommit mode with explicit BEGIN IMMEDIATE: one writer, whole transactions."""

    def __init__(self, conn: sqlite3.Connection):
        self._c = conn
        self._in_tx = False

    def cursor(self):
        return self._c.cursor()

    def begin(self):
        if not self._in_tx:
            self._c.execute("BEGIN IMMEDIATE")
            self._in_tx = True

    def commit(self):
        if self._in_tx:
            self._c.execute("COMMIT")
            self._in_tx = False

    def rollback(self):
        if self._in_tx:
            self._c.execute("ROLLBACK")
            self._in_tx = False

    def close(self):
        self._c.close()


class PostgresStore(Store):
    placeholder = "%s"
    pg = True

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:
            raise RuntimeError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        conn = psycopg.connect(url)
        super().__init__(conn)

    def _migrate(self) -> None:
        # two loaders may start at once: one creates the schema, the other waits
        self._execute("SELECT pg_advisory_lock(427301)")
        try:
            super()._migrate()
        finally:
            self._execute("SELECT pg_advisory_unlock(427301)")
            self.conn.commit()

    def _lock(self, key: str) -> None:
        self._execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (key,))
        # the files row of a source is also shared between loaders
        self._execute("SELECT pg_advisory_xact_lock(1)")


def open_store(url: str | None, out_dir: str | os.PathLike | None = None) -> Store:
    """``sqlite:///path.db`` (default: OUT/kehoach.db) or ``postgresql://...``."""
    if not url:
        return SQLiteStore(Path(out_dir or ".") / "kehoach.db")
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        return SQLiteStore(url[len("sqlite:///"):])
    return SQLiteStore(url)
