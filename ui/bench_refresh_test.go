package ui

import "testing"

// BenchmarkCalendarRefresh is one full refresh of the sample's month, as
// after every drop: read the month, the holiday panel, the tray, redraw.
func BenchmarkCalendarRefresh(b *testing.B) {
	k, _ := newTestKairos(&testing.T{}, true)
	k.show(screenCalendar)
	b.ReportAllocs()
	for b.Loop() {
		k.calendar.refresh()
	}
}
