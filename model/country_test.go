package model

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		in       string
		wantCode string
		wantName string
	}{
		{"gr", "GR", "Greece"},
		{"GR", "GR", "Greece"},
		{" gb ", "GB", "United Kingdom"},
		{"Gb", "GB", "United Kingdom"},
		{"us", "US", "United States"},
		{"RU", "RU", "Russia"},
		{"de", "DE", "Germany"},
		{"fr", "FR", "France"},
	}
	for _, tt := range tests {
		got, err := LookupCountry(tt.in)
		if err != nil {
			t.Errorf("LookupCountry(%q) error: %v", tt.in, err)
			continue
		}
		if got.Code != tt.wantCode || got.Name != tt.wantName {
			t.Errorf("LookupCountry(%q) = %+v, want {%s %s}", tt.in, got, tt.wantCode, tt.wantName)
		}
	}
}

func TestLookupCountryInvalid(t *testing.T) {
	tests := []struct {
		in      string
		wantMsg string
	}{
		{"XX", `"XX"`},
		{"UK", `"UK"`}, // not ISO 3166: the code is GB
		{"GRC", `"GRC"`},
		{"EU", `"EU"`},
		{"ZZ", `"ZZ"`},
		{"1", `"1"`},
		{"", "country"},
		{"   ", "country"},
	}
	for _, tt := range tests {
		got, err := LookupCountry(tt.in)
		if err == nil {
			t.Errorf("LookupCountry(%q) = %+v, want an error", tt.in, got)
			continue
		}
		if got != (Country{}) {
			t.Errorf("LookupCountry(%q) = %+v with error, want zero", tt.in, got)
		}
		if !strings.Contains(err.Error(), tt.wantMsg) {
			t.Errorf("LookupCountry(%q) error %q does not contain %q", tt.in, err, tt.wantMsg)
		}
	}
}

func TestLookupCountryReservedCodes(t *testing.T) {
	for code := range notCountries {
		if c, err := LookupCountry(code); err == nil {
			t.Errorf("LookupCountry(%q) = %+v, want an error for a reserved code", code, c)
		}
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if n := len(cs); n < 240 || n > 260 {
		t.Errorf("Countries() has %d entries, want 240..260", n)
	}
	col := collate.New(language.English)
	if !sort.SliceIsSorted(cs, func(i, j int) bool { return col.CompareString(cs[i].Name, cs[j].Name) < 0 }) {
		t.Errorf("Countries() is not sorted by name")
	}
	codes := map[string]bool{}
	for _, c := range cs {
		if codes[c.Code] {
			t.Errorf("duplicate code %s", c.Code)
		}
		codes[c.Code] = true
		if len(c.Code) != 2 || c.Code[0] < 'A' || c.Code[0] > 'Z' || c.Code[1] < 'A' || c.Code[1] > 'Z' {
			t.Errorf("bad code %q", c.Code)
		}
		if c.Name == "" {
			t.Errorf("%s has no name", c.Code)
		}
		if got, err := LookupCountry(strings.ToLower(c.Code)); err != nil || got != c {
			t.Errorf("LookupCountry(%q) = %+v, %v; want %+v", strings.ToLower(c.Code), got, err, c)
		}
	}
	for _, want := range []string{"US", "RU", "DE", "FR", "GR", "GB"} {
		if !codes[want] {
			t.Errorf("Countries() lacks %s", want)
		}
	}
	for _, not := range []string{"UK", "EU", "ZZ", "QO", "AC", "IC", "TA", "SU", "AN"} {
		if codes[not] {
			t.Errorf("Countries() contains %s, which is not an ISO country", not)
		}
	}
	// A second call gives the same list.
	if again := Countries(); len(again) != len(cs) || fmt.Sprint(again) != fmt.Sprint(cs) {
		t.Errorf("Countries() is not stable between calls")
	}
}

// x/text reports EZ (Eurozone) and UN (United Nations) as countries; they
// are groups with no holiday calendar and must not be offered.
func TestCountriesExcludeEurozoneAndUN(t *testing.T) {
	for _, code := range []string{"EZ", "UN"} {
		if _, err := LookupCountry(code); err == nil {
			t.Errorf("LookupCountry(%q) accepted a group as a country", code)
		}
	}
}

func TestCountriesSortAccentedNamesByCollation(t *testing.T) {
	var names []string
	for _, c := range Countries() {
		names = append(names, c.Name)
	}
	if last := names[len(names)-1]; last != "Zimbabwe" {
		t.Errorf("last country = %q, want Zimbabwe (accented names sort by collation)", last)
	}
}
