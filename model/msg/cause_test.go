package msg

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestCauseNamesCommonFailuresInWordsToTranslate(t *testing.T) {
	_, missing := os.Open(filepath.Join(t.TempDir(), "nothing.csv"))
	if got, ok := Cause(missing).(Text); !ok || got.Key != "it does not exist" {
		t.Errorf("a missing file: %#v", Cause(missing))
	}
	denied := &fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}
	if got, ok := Cause(denied).(Text); !ok || got.Key != "permission denied" {
		t.Errorf("permission: %#v", Cause(denied))
	}
	if got := Cause(errors.New("unexpected EOF.")); got != "unexpected EOF" {
		t.Errorf("another failure: %#v", got)
	}
}
