//go:build tools

// This file pins github.com/rickar/cal/v2 (the public-holiday calendars the
// holiday panel is built on) in go.mod before any package imports it.
package main

import _ "github.com/rickar/cal/v2"
