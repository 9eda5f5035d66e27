// Package e2e holds Kairos's end-to-end tests: they build the real binary and
// drive it from outside, on the command line and in a real window under Xvfb
// (xdotool for input, ImageMagick's import for screenshots).
//
// The tests are skipped unless KAIROS_E2E=1, so a plain `go test ./...` stays
// fast and needs no display. `make test` runs them with
//
//	KAIROS_E2E=1 go test -count=1 -v ./e2e/
//
// Screenshots are kept in e2e/testdata/out/ (ignored by git) for people to look at.
package e2e
