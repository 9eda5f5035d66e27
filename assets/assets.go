// Package assets embeds the files Kairos ships with: the icon now; observance
// data, checklist templates and translations as their features arrive.
package assets

import _ "embed"

// Icon is the app icon, a 512x512 PNG.
//
//go:embed icon.png
var Icon []byte
