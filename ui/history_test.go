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

func TestHistoryDropsAChangeThatFailedToUndo(t *testing.T) {
	h := newHistory(5)
	older := 0
	h.push(change{undo: func() error { older = -1; return nil }, redo: func() error { return nil }})
	h.push(change{undo: func() error { return errors.New("post deleted") }, redo: func() error { return nil }})
	if _, ok, err := h.undo(); !ok || err == nil {
		t.Fatal("undo error not reported")
	}
	if len(h.done) != 1 || len(h.undone) != 0 {
		t.Fatalf("after the failed undo: done %d, undone %d", len(h.done), len(h.undone))
	}
	if _, _, err := h.undo(); err != nil || older != -1 {
		t.Errorf("the older change did not undo after the failed one: %v", err)
	}
}
