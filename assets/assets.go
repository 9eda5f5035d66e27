// Package assets embeds the files Kairos ships with: the icon, the
// observance data, the contest checklist templates and the translations.
package assets

import "embed"

// Icon is the app icon, a 512x512 PNG.
//
//go:embed icon.png
var Icon []byte

// Observances is the observance data: fun, awareness and international days
// with their date rules (see model/holiday.ParseObservances).
//
//go:embed observances.json
var Observances []byte

// Checklists holds the contest checklist templates, one JSON file per set
// under checklists/ (see model/contest.ParseTemplates).
//
//go:embed checklists/*.json
var Checklists embed.FS

// Translations holds the interface's translations, one go-i18n JSON file per
// language under translations/ (en.json, el.json, ru.json), for Fyne's
// lang.AddTranslationsFS.
//
//go:embed translations
var Translations embed.FS
