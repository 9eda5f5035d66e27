package holiday

import (
	"fmt"
	"sort"

	"kairos/model"
	"kairos/model/msg"
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
			day := Day{
				Key: fmt.Sprintf("custom:%d", d.ID), Kind: Custom, Date: date, Observed: date,
				Name: d.Name, Hashtags: append([]string(nil), d.Hashtags...), Idea: d.Idea,
			}
			if n := d.Anniversary(year); d.Yearly && n > 0 {
				day.Label = msg.Plural(n, "{{.Name}} ({{.Count}} year)", "{{.Name}} ({{.Count}} years)", "Name", d.Name)
				day.Name = day.Label.String()
			}
			out = append(out, day)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}
