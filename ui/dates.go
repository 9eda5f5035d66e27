package ui

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"kairos/model"
)

// Every date the interface shows is written here, in the words and the
// order of the language Kairos speaks. Month and weekday names come from
// the translation files, and each format is a template that a translation
// may reorder. Greek and Russian name the month in the genitive after a day
// number ("2 Ιανουαρίου", "2 января") and in the nominative on its own
// ("Ιανουάριος 2026", "Январь 2026").

// monthName is the month on its own, as in a calendar's title: "November".
func monthName(m time.Month) string {
	switch m {
	case time.January:
		return lang.L("January")
	case time.February:
		return lang.L("February")
	case time.March:
		return lang.L("March")
	case time.April:
		return lang.L("April")
	case time.May:
		return lang.L("May")
	case time.June:
		return lang.L("June")
	case time.July:
		return lang.L("July")
	case time.August:
		return lang.L("August")
	case time.September:
		return lang.L("September")
	case time.October:
		return lang.L("October")
	case time.November:
		return lang.L("November")
	}
	return lang.L("December")
}

// monthOf is the month after a day number: "25 November", "25 Νοεμβρίου".
func monthOf(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("month.of.January", "January")
	case time.February:
		return lang.X("month.of.February", "February")
	case time.March:
		return lang.X("month.of.March", "March")
	case time.April:
		return lang.X("month.of.April", "April")
	case time.May:
		return lang.X("month.of.May", "May")
	case time.June:
		return lang.X("month.of.June", "June")
	case time.July:
		return lang.X("month.of.July", "July")
	case time.August:
		return lang.X("month.of.August", "August")
	case time.September:
		return lang.X("month.of.September", "September")
	case time.October:
		return lang.X("month.of.October", "October")
	case time.November:
		return lang.X("month.of.November", "November")
	}
	return lang.X("month.of.December", "December")
}

// monthAbbr is the short month after a day number: "Nov", "Νοε", "нояб.".
func monthAbbr(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("month.short.Jan", "Jan")
	case time.February:
		return lang.X("month.short.Feb", "Feb")
	case time.March:
		return lang.X("month.short.Mar", "Mar")
	case time.April:
		return lang.X("month.short.Apr", "Apr")
	case time.May:
		return lang.X("month.short.May", "May")
	case time.June:
		return lang.X("month.short.Jun", "Jun")
	case time.July:
		return lang.X("month.short.Jul", "Jul")
	case time.August:
		return lang.X("month.short.Aug", "Aug")
	case time.September:
		return lang.X("month.short.Sep", "Sep")
	case time.October:
		return lang.X("month.short.Oct", "Oct")
	case time.November:
		return lang.X("month.short.Nov", "Nov")
	}
	return lang.X("month.short.Dec", "Dec")
}

// weekdayName is the day's full name: "Monday".
func weekdayName(d time.Weekday) string {
	switch d {
	case time.Monday:
		return lang.L("Monday")
	case time.Tuesday:
		return lang.L("Tuesday")
	case time.Wednesday:
		return lang.L("Wednesday")
	case time.Thursday:
		return lang.L("Thursday")
	case time.Friday:
		return lang.L("Friday")
	case time.Saturday:
		return lang.L("Saturday")
	}
	return lang.L("Sunday")
}

// weekdayAbbr is the day's short name: "Mon".
func weekdayAbbr(d time.Weekday) string {
	switch d {
	case time.Monday:
		return lang.L("Mon")
	case time.Tuesday:
		return lang.L("Tue")
	case time.Wednesday:
		return lang.L("Wed")
	case time.Thursday:
		return lang.L("Thu")
	case time.Friday:
		return lang.L("Fri")
	case time.Saturday:
		return lang.L("Sat")
	}
	return lang.L("Sun")
}

// monthYear is a calendar month's title: "November 2026".
func monthYear(d model.Date) string {
	return lang.L("{{.Month}} {{.Year}}", map[string]any{"Month": monthName(d.Month), "Year": d.Year})
}

// shortDate is "25 Nov 2026".
func shortDate(d model.Date) string {
	return lang.L("{{.Day}} {{.Month}} {{.Year}}", map[string]any{"Day": d.Day, "Month": monthAbbr(d.Month), "Year": d.Year})
}

// longDate is "25 November 2026".
func longDate(d model.Date) string {
	return lang.L("{{.Day}} {{.Month}} {{.Year}}", map[string]any{"Day": d.Day, "Month": monthOf(d.Month), "Year": d.Year})
}

// dayMonthShort is "25 Nov".
func dayMonthShort(d model.Date) string {
	return lang.L("{{.Day}} {{.Month}}", map[string]any{"Day": d.Day, "Month": monthAbbr(d.Month)})
}

// dayMonth is "25 November".
func dayMonth(d model.Date) string {
	return lang.L("{{.Day}} {{.Month}}", map[string]any{"Day": d.Day, "Month": monthOf(d.Month)})
}

// weekdayDate is "Wed 25 Nov", the short form beside a post.
func weekdayDate(d model.Date) string {
	return lang.L("{{.Weekday}} {{.Day}} {{.Month}}",
		map[string]any{"Weekday": weekdayAbbr(d.Weekday()), "Day": d.Day, "Month": monthAbbr(d.Month)})
}

// weekdayDateYear is "Wed 25 Nov 2026", a day named in a sentence.
func weekdayDateYear(d model.Date) string {
	return lang.L("{{.Weekday}} {{.Day}} {{.Month}} {{.Year}}",
		map[string]any{"Weekday": weekdayAbbr(d.Weekday()), "Day": d.Day, "Month": monthAbbr(d.Month), "Year": d.Year})
}

// weekdayDayMonth is "Wednesday 25 November", an agenda day's heading.
func weekdayDayMonth(d model.Date) string {
	return lang.L("{{.Weekday}} {{.Day}} {{.Month}}",
		map[string]any{"Weekday": weekdayName(d.Weekday()), "Day": d.Day, "Month": monthOf(d.Month)})
}

// fullDate is "Wednesday 25 November 2026".
func fullDate(d model.Date) string {
	return lang.L("{{.Weekday}} {{.Day}} {{.Month}} {{.Year}}",
		map[string]any{"Weekday": weekdayName(d.Weekday()), "Day": d.Day, "Month": monthOf(d.Month), "Year": d.Year})
}

// weekdayDay is "Wed 25", a week view column's heading.
func weekdayDay(d model.Date) string {
	return lang.L("{{.Weekday}} {{.Day}}", map[string]any{"Weekday": weekdayAbbr(d.Weekday()), "Day": d.Day})
}

// weekdayOnly is "Monday", a month view column's heading.
func weekdayOnly(d model.Date) string { return weekdayName(d.Weekday()) }

// weekdayShort is "Mon", the heading where the whole name does not fit.
func weekdayShort(d model.Date) string { return weekdayAbbr(d.Weekday()) }

// dateTime is "25 Nov 2026 15:04" in t's own zone.
func dateTime(t time.Time) string {
	return lang.L("{{.Date}} {{.Time}}", map[string]any{"Date": shortDate(model.DateOf(t)), "Time": t.Format("15:04")})
}

// weekTitle is "23–29 Nov 2026", or "30 Nov – 6 Dec 2026" across months.
func weekTitle(first, last model.Date) string {
	if first.Month == last.Month && first.Year == last.Year {
		return lang.L("{{.First}}–{{.Last}} {{.Month}} {{.Year}}", map[string]any{
			"First": first.Day, "Last": last.Day, "Month": monthAbbr(last.Month), "Year": last.Year})
	}
	from := dayMonthShort(first)
	if first.Year != last.Year {
		from = shortDate(first)
	}
	return lang.L("{{.From}} – {{.To}}", map[string]any{"From": from, "To": shortDate(last)})
}
