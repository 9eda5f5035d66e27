package storage

import (
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in version order. Files are
// named NNN_name.sql; a gap or duplicate number is a programming error.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var list []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must be NNN_name.sql", e.Name())
		}
		body, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		list = append(list, migration{v, name, string(body)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].version < list[j].version })
	for i, m := range list {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %03d_%s: expected number %03d", m.version, m.name, i+1)
		}
	}
	return list, nil
}

// LatestSchema is the schema version this build writes.
func LatestSchema() int {
	list, err := migrations()
	if err != nil {
		panic(err) // embedded files are fixed at build time; tests catch this
	}
	return len(list)
}

// schemaVersion reads the highest applied migration without writing anything;
// a database without the bookkeeping table is at version 0.
func schemaVersion(db *sql.DB) (int, error) {
	var n int
	err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n)
	if err != nil || n == 0 {
		return 0, err
	}
	var v sql.NullInt64
	err = db.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

// migrate applies the missing migrations, all in one transaction, so a
// failure leaves the database exactly as it was.
func migrate(db *sql.DB, from int) error {
	list, err := migrations()
	if err != nil {
		return err
	}
	if from >= len(list) {
		return nil
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	for _, m := range list[from:] {
		if _, err := tx.Exec(m.sql); err != nil {
			return fmt.Errorf("migration %03d_%s: %w", m.version, m.name, err)
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
			m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return err
		}
	}
	return tx.Commit()
}
