package msg

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// Cause is why a file operation failed, to fill a sentence's {{.Reason}}:
// the common reasons as Texts to translate, anything else in the system's
// own words.
func Cause(err error) any {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return New("permission denied")
	case errors.Is(err, fs.ErrNotExist):
		return New("it does not exist")
	case errors.Is(err, fs.ErrExist):
		return New("it already exists")
	case errors.Is(err, syscall.ENOSPC):
		return New("the disk is full")
	case errors.Is(err, syscall.EROFS):
		return New("the disk is read-only")
	}
	return strings.TrimSuffix(err.Error(), ".")
}
