package storage

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"kairos/model"
)

// mustOpen opens a fresh database in a temporary folder, closed at cleanup.
func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(tb.TempDir())
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// mustClient stores a valid client named name and returns it.
func mustClient(tb testing.TB, s *Store, name string) model.Client {
	tb.Helper()
	c := model.Client{Name: name, Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
	if err := s.CreateClient(&c); err != nil {
		tb.Fatalf("create client: %v", err)
	}
	return c
}

// mustChannel stores a channel for client and returns it.
func mustChannel(tb testing.TB, s *Store, clientID int64, p model.Platform, handle string) model.Channel {
	tb.Helper()
	ch := model.Channel{ClientID: clientID, Platform: p, Handle: handle}
	if err := s.CreateChannel(&ch); err != nil {
		tb.Fatalf("create channel: %v", err)
	}
	return ch
}

// snapshot hashes every file in dir, so a test can prove nothing changed.
func snapshot(tb testing.TB, dir string) map[string][32]byte {
	tb.Helper()
	out := map[string][32]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}
