package model

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"kairos/model/msg"
)

// Country is an ISO 3166-1 alpha-2 code with its English name.
type Country struct {
	Code string
	Name string
}

// notCountries are codes that x/text treats as regions but ISO 3166 reserves
// for other uses (Ascension, Clipperton, Diego Garcia, Ceuta, Canaries,
// Tristan da Cunha, Sark) or for groups (Eurozone, United Nations): they have no holiday calendar of their own.
var notCountries = map[string]bool{"AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "IC": true, "TA": true, "EZ": true, "UN": true}

var countries = sync.OnceValue(func() []Country {
	var list []Country
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize().String() != code || notCountries[code] {
				continue
			}
			if name := display.English.Regions().Name(r); name != "" {
				list = append(list, Country{code, name})
			}
		}
	}
	// Collation puts "Åland Islands" beside "Albania", not after "Zimbabwe".
	col := collate.New(language.English)
	sort.Slice(list, func(i, j int) bool { return col.CompareString(list[i].Name, list[j].Name) < 0 })
	return list
})

// Countries lists every country, sorted by English name.
func Countries() []Country { return countries() }

// LookupCountry validates an ISO 3166-1 alpha-2 code (any case) and returns
// the country.
func LookupCountry(code string) (Country, error) {
	up := strings.ToUpper(strings.TrimSpace(code))
	for _, c := range Countries() {
		if c.Code == up {
			return c, nil
		}
	}
	if up == "" {
		return Country{}, msg.Errorf("Choose the client's country: Kairos uses it for public holidays.")
	}
	return Country{}, msg.Errorf("\"{{.Code}}\" is not a country code: use the two-letter ISO code, for example GR, GB or RU.", "Code", code)
}
