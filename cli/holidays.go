package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"kairos/assets"
	"kairos/export"
	"kairos/model"
	"kairos/model/holiday"
)

// holidaysCmd prints a year of a country's holidays as CSV or iCalendar. It
// needs no data folder: everything comes from rickar/cal and the embedded
// observances.
type holidaysCmd struct {
	country, region, format string
	year                    int
	fun                     bool
}

func (h *holidaysCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&h.country, "country", "", "")
	fs.StringVar(&h.region, "region", "", "")
	fs.IntVar(&h.year, "year", 0, "")
	fs.StringVar(&h.format, "format", "csv", "")
	fs.BoolVar(&h.fun, "fun", false, "")
}

func (h *holidaysCmd) run(env Env, _ string, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("holidays takes only flags, got %q", args[0])}
	}
	if h.country == "" {
		return usageError{"holidays needs --country, for example --country GB"}
	}
	if h.format != "csv" && h.format != "ics" {
		return usageError{fmt.Sprintf("unknown format %q: use csv or ics", h.format)}
	}
	if h.year == 0 {
		h.year = env.Now().Year()
	}
	var obs []holiday.Observance
	if h.fun {
		var err error
		if obs, err = holiday.ParseObservances(assets.Observances); err != nil {
			return fmt.Errorf("the built-in observances are damaged: %w", err)
		}
	}
	// PublicHolidays checks country, region and year before Suggestions
	// spends time on the observances; its errors are the user's to fix.
	if _, err := holiday.PublicHolidays(h.country, h.region, h.year); err != nil {
		return usageError{err.Error()}
	}
	days, err := holiday.Suggestions(h.country, h.region,
		model.NewDate(h.year, time.January, 1), model.NewDate(h.year, time.December, 31), obs)
	if err != nil {
		return err
	}
	if h.format == "ics" {
		title := fmt.Sprintf("Kairos: %s holidays %d", strings.ToUpper(h.country), h.year)
		return export.HolidaysICS(env.Stdout, title, days, env.Now())
	}
	return export.HolidaysCSV(env.Stdout, days)
}
