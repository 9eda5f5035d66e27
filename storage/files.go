package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"kairos/model/msg"
)

// filesDir is where evidence and testimonial media are kept, inside the
// data folder, so a backup of the folder keeps them with the database.
const filesDir = "files"

// ImportFile copies src into the data folder and returns its path relative
// to the folder and its SHA-256, which shows later that it is unchanged.
// The copy is named by its hash, so importing the same file twice stores it
// once.
func (s *Store) ImportFile(src string) (rel, sum string, err error) {
	in, err := os.Open(src)
	if errors.Is(err, fs.ErrNotExist) {
		return "", "", sentence(err, "The file \"{{.Path}}\" does not exist; choose the file again.", "Path", src)
	}
	if err != nil {
		return "", "", cannotRead(src, err)
	}
	defer in.Close()
	dir := filepath.Join(filepath.Dir(s.path), filesDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", err
	}
	tmp, err := os.CreateTemp(dir, ".import-*")
	if err != nil {
		return "", "", err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; cleans up on failure
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, h), in); err != nil {
		tmp.Close()
		return "", "", sentence(err, "Cannot copy \"{{.Path}}\": {{.Reason}}.", "Path", src, "Reason", msg.Cause(err))
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", "", err
	}
	if err := tmp.Close(); err != nil {
		return "", "", err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	rel = filepath.Join(filesDir, sum[:16]+filepath.Ext(src))
	if err := os.Rename(tmp.Name(), filepath.Join(filepath.Dir(s.path), rel)); err != nil {
		return "", "", err
	}
	return filepath.ToSlash(rel), sum, nil
}

// VerifyFile reports whether the stored file still has the recorded hash.
func (s *Store) VerifyFile(rel, sum string) (bool, error) {
	f, err := os.Open(filepath.Join(filepath.Dir(s.path), filepath.FromSlash(rel)))
	if err != nil {
		return false, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false, err
	}
	return hex.EncodeToString(h.Sum(nil)) == sum, nil
}
