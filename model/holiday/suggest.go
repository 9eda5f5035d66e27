package holiday

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"kairos/model"
	"kairos/model/msg"
)

// Suggestions lists the days to post about from..to (inclusive; the range
// may span years) for a client in country and region: its public holidays
// and the observances that apply there (international ones and those scoped
// to the country). A public holiday counts when its date or its day off is
// in range. Days are sorted by the day they are kept (Observed, which for an
// observance is its date), then kind, then name.
func Suggestions(country, region string, from, to model.Date, obs []Observance) ([]Day, error) {
	if to.Before(from) {
		return nil, msg.Errorf("The range ends on {{.To}}, before it starts on {{.From}}.", "To", to, "From", from)
	}
	code := strings.ToUpper(strings.TrimSpace(country))
	in := func(d model.Date) bool { return !d.Before(from) && !d.After(to) }
	var out []Day
	seen := map[string]bool{} // a day off across New Year is in two years' lists
	for year := from.Year; year <= to.Year; year++ {
		public, err := PublicHolidays(code, region, year)
		if err != nil {
			return nil, err
		}
		for _, d := range public {
			id := d.Key + "@" + d.Date.String()
			if (in(d.Date) || in(d.Observed)) && !seen[id] {
				seen[id] = true
				out = append(out, d)
			}
		}
	}
	out = append(out, withoutPublicTwins(FunDays(obs, code, from, to), out)...)
	sortDays(out)
	return out, nil
}

// withoutPublicTwins leaves out the fun days that are one of the public
// holidays too (Christmas Eve in Poland, Women's Day in Russia): same date,
// and the same name or a shared hashtag. The public holiday is kept, as it
// carries the native name and the day off.
func withoutPublicTwins(fun, public []Day) []Day {
	kept := fun[:0]
	for _, f := range fun {
		if !slices.ContainsFunc(public, func(p Day) bool { return p.Date == f.Date && sameHoliday(p, f) }) {
			kept = append(kept, f)
		}
	}
	return kept
}

func sameHoliday(a, b Day) bool {
	if nameKey(a.Name) == nameKey(b.Name) {
		return true
	}
	return slices.ContainsFunc(a.Hashtags, func(h string) bool {
		return slices.ContainsFunc(b.Hashtags, func(g string) bool { return strings.EqualFold(g, h) })
	})
}

// nameKey compares names loosely: case, punctuation and Saint/St aside, so
// Ireland's "Saint Patrick's Day" is the fun day "St Patrick's Day".
func nameKey(name string) string {
	name = strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(name))
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		if w == "saint" {
			words[i] = "st"
		}
	}
	return strings.Join(words, " ")
}

// FunDays lists the observances that apply in country from..to, sorted:
// what a client gets even where Kairos has no public-holiday calendar.
func FunDays(obs []Observance, country string, from, to model.Date) []Day {
	code := strings.ToUpper(strings.TrimSpace(country))
	var out []Day
	for year := from.Year; year <= to.Year; year++ {
		for _, o := range obs {
			if !o.AppliesTo(code) {
				continue
			}
			if d, ok := o.Day(year); ok && !d.Date.Before(from) && !d.Date.After(to) {
				out = append(out, d)
			}
		}
	}
	sortDays(out)
	return out
}

// sortDays orders days by the day they are kept, then kind, then name.
func sortDays(days []Day) {
	slices.SortStableFunc(days, func(a, b Day) int {
		return cmp.Or(compareDates(a.Observed, b.Observed), cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)),
			strings.Compare(a.Name, b.Name))
	})
}

// kindOrder puts a public holiday before the fun days that share its date.
func kindOrder(k Kind) int {
	switch k {
	case Public:
		return 0
	case Fun:
		return 1
	}
	return 2
}
