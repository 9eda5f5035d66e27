package storage

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"kairos/model"
)

// fillPosts stores n posts for a new client called name in one
// transaction, so the database has many pages.
func fillPosts(tb testing.TB, s *Store, name string, n int) {
	tb.Helper()
	b := model.ClientBundle{
		Client:   model.Client{Name: name, Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"},
		Channels: []model.Channel{{Platform: model.Instagram, Handle: "@" + name}},
	}
	day := model.NewDate(2027, 1, 1)
	for i := range n {
		b.Posts = append(b.Posts, model.BundlePost{Channels: []int{0}, Post: model.Post{
			Date: day.AddDays(i % 365), Time: model.At(9, 0), Status: model.Draft, Type: model.Photo,
			Text: fmt.Sprintf("%s post %d: a caption long enough to fill a few pages of the file.", name, i),
		}})
	}
	if err := s.InsertWorkspace(model.Workspace{Clients: []model.ClientBundle{b}}); err != nil {
		tb.Fatal(err)
	}
}

// contents is what a test compares before and after: every client with
// its post count.
func contents(tb testing.TB, s *Store) map[string]int {
	tb.Helper()
	list, err := s.Clients()
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]int{}
	for _, c := range list {
		n, err := s.PostCount(c.ID)
		if err != nil {
			tb.Fatal(err)
		}
		out[c.Name] = n
	}
	return out
}

// treeSnapshot hashes every file under dir, in sub-folders too.
func treeSnapshot(tb testing.TB, dir string) map[string][32]byte {
	tb.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out[rel] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func sameTree(tb testing.TB, before, after map[string][32]byte) {
	tb.Helper()
	if !reflect.DeepEqual(before, after) {
		tb.Errorf("the folder changed:\nbefore %d files %v\nafter  %d files %v", len(before), names(before), len(after), names(after))
	}
}

func names(m map[string][32]byte) []string {
	var out []string
	for k, v := range m {
		out = append(out, fmt.Sprintf("%s:%x", k, v[:4]))
	}
	return out
}

// corruptMiddlePage overwrites the page in the middle of a closed database
// file with garbage, the way a failing disk would, and returns its number.
func corruptMiddlePage(tb testing.TB, path string) int {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	size := int(binary.BigEndian.Uint16(b[16:18]))
	if size == 1 {
		size = 65536
	}
	n := len(b) / size
	if n < 8 {
		tb.Fatalf("%s has only %d pages; the test needs a bigger database", path, n)
	}
	page := n / 2 // 1-based page numbers: page p starts at (p-1)*size
	for i := range size {
		b[(page-1)*size+i] = byte(0xA5 ^ i)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
	return page
}

// closedDB makes a Kairos database with a client and n posts in a new data
// folder, closes it and returns the folder.
func closedDB(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	s, err := Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	fillPosts(tb, s, "Olive", n)
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}
