import GRDB

/// The schema, built by numbered migrations so an old cache file is upgraded in place, never rebuilt silently.
enum CacheSchema {
    /// Every migration, in order. Append only: a shipped migration is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: records, pages, associations, documents, outbox, search") { db in
            // Dates from HubSpot are kept in its own millisecond text form (sorts and round-trips exactly);
            // local bookkeeping times are REAL seconds since 1970.
            try db.execute(
                sql: """
                    CREATE TABLE records (
                        type_id TEXT NOT NULL,
                        id TEXT NOT NULL,
                        properties TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        archived INTEGER NOT NULL DEFAULT 0,
                        fetched_at REAL NOT NULL,
                        viewed_at REAL,
                        local_only INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (type_id, id)
                    );
                    CREATE INDEX records_by_recency ON records(coalesce(viewed_at, fetched_at));
                    CREATE TABLE list_pages (
                        type_id TEXT NOT NULL,
                        query_key TEXT NOT NULL,
                        page_index INTEGER NOT NULL,
                        cursor TEXT,
                        next_cursor TEXT,
                        fetched_at REAL NOT NULL,
                        PRIMARY KEY (type_id, query_key, page_index)
                    );
                    CREATE TABLE list_page_ids (
                        type_id TEXT NOT NULL,
                        query_key TEXT NOT NULL,
                        page_index INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        record_id TEXT NOT NULL,
                        PRIMARY KEY (type_id, query_key, page_index, position),
                        FOREIGN KEY (type_id, query_key, page_index)
                            REFERENCES list_pages(type_id, query_key, page_index) ON DELETE CASCADE
                    );
                    CREATE INDEX list_page_ids_by_record ON list_page_ids(type_id, record_id);
                    CREATE TABLE associations (
                        from_type TEXT NOT NULL,
                        from_id TEXT NOT NULL,
                        to_type TEXT NOT NULL,
                        to_id TEXT NOT NULL,
                        type_id INTEGER NOT NULL,
                        category TEXT NOT NULL,
                        label TEXT,
                        fetched_at REAL NOT NULL,
                        PRIMARY KEY (from_type, from_id, to_type, to_id, type_id, category)
                    );
                    CREATE INDEX associations_by_target ON associations(to_type, to_id);
                    CREATE TABLE documents (
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        json TEXT NOT NULL,
                        fetched_at REAL NOT NULL,
                        PRIMARY KEY (kind, key)
                    );
                    CREATE TABLE outbox (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        type_id TEXT NOT NULL,
                        record_id TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        base_updated_at TEXT,
                        created_at REAL NOT NULL,
                        state TEXT NOT NULL DEFAULT 'pending',
                        last_error TEXT,
                        server_record TEXT
                    );
                    CREATE INDEX outbox_by_record ON outbox(type_id, record_id);
                    CREATE VIRTUAL TABLE records_search USING fts5(
                        type_id UNINDEXED, display, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    """)
        }
        migrator.registerMigration("v2: replay claims and the cross-process locks") { db in
            // sent_at: when a replay claimed the entry and sent it (or the gateway sent a create whose answer
            // was lost); an entry in state 'sending' has an outcome nobody recorded. locks: the one process
            // allowed to send the outbox ('replay') or to check-and-save a record ('save'), until its lease
            // ends or it dies (see decision 0033).
            try db.execute(
                sql: """
                    ALTER TABLE outbox ADD COLUMN sent_at REAL;
                    CREATE TABLE locks (
                        name TEXT PRIMARY KEY,
                        owner TEXT NOT NULL,
                        pid INTEGER NOT NULL,
                        expires_at REAL NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
