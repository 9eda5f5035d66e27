package holiday

import (
	"fmt"
	"sort"

	"kairos/model"
)

// CustomDays turns a client's own days into suggestions dated from..to
// (inclusive; the range may span two years), sorted by date.
func CustomDays(days []model.CustomDay, from, to model.Date) []Day {
	var out []Day
	for _, d := range days {
		for year := from.Year; year <= to.Year; year++ {
			date, ok := d.DateIn(year)
			if !ok || date.Before(from) || date.After(to) {
				continue
			}
			name := d.Name
			if n := d.Anniversary(year); d.Yearly && n > 0 {
				name = fmt.Sprintf("%s (%s)", d.Name, ordinalYears(n))
			}
			out = append(out, Day{
				Key: fmt.Sprintf("custom:%d", d.ID), Kind: Custom, Date: date, Observed: date,
				Name: name, Hashtags: append([]string(nil), d.Hashtags...), Idea: d.Idea,
			})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// ordinalYears says "1 year", "8 years".
func ordinalYears(n int) string {
	if n == 1 {
		return "1 year"
	}
	return fmt.Sprintf("%d years", n)
}
