package ui

// change is one undoable user action: a move, a duplicate.
type change struct {
	label      string // "move", "duplicate" in the interface's language: the status line names it
	undo, redo func() error
}

// history keeps the last changes for Ctrl+Z and Ctrl+Shift+Z.
type history struct {
	done, undone []change
	limit        int
}

func newHistory(limit int) *history { return &history{limit: limit} }

// push records a change that was just made; it clears the redo list, as
// every editor does after a new action.
func (h *history) push(c change) {
	h.done = append(h.done, c)
	if len(h.done) > h.limit {
		h.done = h.done[len(h.done)-h.limit:]
	}
	h.undone = nil
}

// undo reverts the last change. ok is false when there is nothing to undo.
// A change that fails to undo (its post was deleted or edited since) is
// dropped, so it cannot block the older changes beneath it.
func (h *history) undo() (c change, ok bool, err error) {
	if len(h.done) == 0 {
		return change{}, false, nil
	}
	c = h.done[len(h.done)-1]
	h.done = h.done[:len(h.done)-1]
	if err := c.undo(); err != nil {
		return c, true, err
	}
	h.undone = append(h.undone, c)
	return c, true, nil
}

// clear forgets every change, when the changes no longer belong to what is
// shown (another client).
func (h *history) clear() { h.done, h.undone = nil, nil }

// redo makes the last undone change again.
func (h *history) redo() (c change, ok bool, err error) {
	if len(h.undone) == 0 {
		return change{}, false, nil
	}
	c = h.undone[len(h.undone)-1]
	h.undone = h.undone[:len(h.undone)-1]
	if err := c.redo(); err != nil {
		return c, true, err
	}
	h.done = append(h.done, c)
	return c, true, nil
}
