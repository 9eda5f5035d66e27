// Package assets embeds the files Kairos ships with: the icon and the
// observance data now; checklist templates and translations as their features arrive.
package assets

import _ "embed"

// Icon is the app icon, a 512x512 PNG.
//
//go:embed icon.png
var Icon []byte

// Observances is the observance data: fun, awareness and international days
// with their date rules (see model/holiday.ParseObservances).
//
//go:embed observances.json
var Observances []byte
