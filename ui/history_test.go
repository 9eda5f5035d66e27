package ui

import (
	"errors"
	"testing"
)

func TestHistoryUndoRedo(t *testing.T) {
	value := 0
	set := func(v int) func() error { return func() error { value = v; return nil } }
	h := newHistory(2)
	for i := 1; i <= 3; i++ {
		value = i
		h.push(change{label: "set", undo: set(i - 1), redo: set(i)})
	}
	if _, ok, _ := h.undo(); !ok || value != 2 {
		t.Fatalf("first undo: value %d", value)
	}
	if _, ok, _ := h.undo(); !ok || value != 1 {
		t.Fatalf("second undo: value %d", value)
	}
	if _, ok, _ := h.undo(); ok {
		t.Fatal("undo beyond the limit of 2")
	}
	if _, ok, _ := h.redo(); !ok || value != 2 {
		t.Fatalf("redo: value %d", value)
	}
	h.push(change{undo: set(2), redo: set(9)})
	if _, ok, _ := h.redo(); ok {
		t.Error("a new change must clear the redo list")
	}
}

func TestHistoryKeepsAChangeThatFailedToUndo(t *testing.T) {
	h := newHistory(5)
	h.push(change{undo: func() error { return errors.New("disk full") }, redo: func() error { return nil }})
	if _, ok, err := h.undo(); !ok || err == nil {
		t.Fatal("undo error not reported")
	}
	if len(h.done) != 1 || len(h.undone) != 0 {
		t.Errorf("failed undo moved the change: done %d, undone %d", len(h.done), len(h.undone))
	}
}
