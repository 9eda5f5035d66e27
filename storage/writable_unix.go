//go:build !windows

package storage

import "golang.org/x/sys/unix"

// writable asks the kernel whether this process may create files in dir.
func writable(dir string) bool { return unix.Access(dir, unix.W_OK) == nil }
