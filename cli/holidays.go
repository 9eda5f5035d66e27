package cli

import (
	"flag"
	"fmt"
	"io"
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
	fun, help               bool
}

func (h *holidaysCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&h.country, "country", "", "")
	fs.StringVar(&h.region, "region", "", "")
	fs.IntVar(&h.year, "year", 0, "")
	fs.StringVar(&h.format, "format", "csv", "")
	fs.BoolVar(&h.fun, "fun", false, "")
	// Defined here so that -h is this command's help, not a usage error.
	fs.BoolVar(&h.help, "help", false, "")
	fs.BoolVar(&h.help, "h", false, "")
}

func (h *holidaysCmd) run(env Env, _ string, args []string) error {
	if h.help {
		printHolidaysHelp(env.Stdout)
		return nil
	}
	if len(args) > 0 {
		return usageError{fmt.Sprintf("holidays takes only flags, got %q", args[0])}
	}
	// Trimmed once, so " gb " is GB everywhere, the ICS title included.
	h.country, h.region = strings.TrimSpace(h.country), strings.TrimSpace(h.region)
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
		// The country (and region) scopes the UIDs: two countries' files
		// share fun days, which must stay apart in one calendar.
		scope := strings.ToUpper(strings.Trim(h.country+"-"+h.region, "-"))
		title := fmt.Sprintf("Kairos: %s holidays %d", scope, h.year)
		return export.HolidaysICS(env.Stdout, title, scope, days, env.Now())
	}
	return export.HolidaysCSV(env.Stdout, days)
}

func printHolidaysHelp(w io.Writer) {
	var regions []string
	for _, c := range holiday.PublicCountries() {
		if len(holiday.Regions(c)) > 0 {
			regions = append(regions, c)
		}
	}
	fmt.Fprintf(w, `Usage: kairos holidays --country CC [--year YYYY] [--region R] [--format csv|ics] [--fun]

Print a year's public holidays of a country to stdout, as CSV or iCalendar.

Flags:
  --country CC      the country's ISO code, any case (required)
  --year YYYY       the year, %d to %d (default: this year)
  --region R        a region with its own holidays (%s only)
  --format csv|ics  csv (the default) or ics for a calendar app
  --fun             add the fun and international days of the country
  -h, --help        show this help

Countries:
`, holiday.MinYear, holiday.MaxYear, strings.Join(regions, ", "))
	codes := holiday.PublicCountries()
	for len(codes) > 0 {
		n := min(len(codes), 18)
		fmt.Fprintf(w, "  %s\n", strings.Join(codes[:n], " "))
		codes = codes[n:]
	}
}
