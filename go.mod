module kairos

go 1.26.8

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/mattn/go-sqlite3 v1.14.53 // indirect
	github.com/rickar/cal/v2 v2.1.26 // indirect
	golang.org/x/text v0.44.0 // indirect
)
