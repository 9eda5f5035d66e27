package model

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func goodClient() Client {
	return Client{
		Name:     "  Olive Travel ",
		Country:  " gr ",
		Region:   " Attica ",
		TimeZone: " Europe/Athens ",
		Color:    " #2e86ab ",
		Notes:    "  family-run agency \n",
	}
}

func problemsOf(t *testing.T, err error) Problems {
	t.Helper()
	var p Problems
	if !errors.As(err, &p) {
		t.Fatalf("error %v (%T) is not Problems", err, err)
	}
	return p
}

// checkOnlyProblem checks that err is nil when field is "", and otherwise
// holds exactly one problem, about field, whose message contains every wantMsg.
func checkOnlyProblem(t *testing.T, err error, field string, wantMsg ...string) {
	t.Helper()
	if field == "" {
		if err != nil {
			t.Fatalf("Validate() = %v, want nil", err)
		}
		return
	}
	if err == nil {
		t.Fatalf("Validate() = nil, want a problem with %q", field)
	}
	p := problemsOf(t, err)
	msg := p.For(field)
	if msg == "" {
		t.Fatalf("Problems.For(%q) is empty; problems: %+v", field, p)
	}
	if len(p) != 1 {
		t.Errorf("got %d problems %+v, want only %q", len(p), p, field)
	}
	for _, w := range wantMsg {
		if !strings.Contains(msg, w) {
			t.Errorf("message %q does not contain %q", msg, w)
		}
	}
}

func TestClientNormalize(t *testing.T) {
	c := goodClient()
	c.Normalize()
	want := Client{
		Name:     "Olive Travel",
		Country:  "GR",
		Region:   "Attica",
		TimeZone: "Europe/Athens",
		Color:    "#2E86AB",
		Notes:    "family-run agency",
	}
	if c != want {
		t.Errorf("Normalize gave %+v, want %+v", c, want)
	}
}

func TestClientValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Client)
		field string // "" = valid
	}{
		{"good", func(*Client) {}, ""},
		{"80-rune name", func(c *Client) { c.Name = strings.Repeat("α", 80) }, ""},
		{"40-rune region", func(c *Client) { c.Region = strings.Repeat("ü", 40) }, ""},
		{"no region", func(c *Client) { c.Region = "" }, ""},
		{"UTC zone", func(c *Client) { c.TimeZone = "UTC" }, ""},
		{"New York", func(c *Client) { c.TimeZone = "America/New_York" }, ""},
		{"lower-case country", func(c *Client) { c.Country = "gb" }, ""},
		{"missing name", func(c *Client) { c.Name = "" }, "name"},
		{"blank name", func(c *Client) { c.Name = "   \t" }, "name"},
		{"81-rune name", func(c *Client) { c.Name = strings.Repeat("α", 81) }, "name"},
		{"41-rune region", func(c *Client) { c.Region = strings.Repeat("ü", 41) }, "region"},
		{"bad country", func(c *Client) { c.Country = "XX" }, "country"},
		{"UK is not ISO", func(c *Client) { c.Country = "UK" }, "country"},
		{"no country", func(c *Client) { c.Country = "" }, "country"},
		{"three-letter country", func(c *Client) { c.Country = "GRC" }, "country"},
		{"empty zone", func(c *Client) { c.TimeZone = "" }, "timezone"},
		{"blank zone", func(c *Client) { c.TimeZone = "  " }, "timezone"},
		{"Mars", func(c *Client) { c.TimeZone = "Mars/Olympus" }, "timezone"},
		{"Local", func(c *Client) { c.TimeZone = "Local" }, "timezone"},
		{"red", func(c *Client) { c.Color = "red" }, "color"},
		{"5 digits", func(c *Client) { c.Color = "#12345" }, "color"},
		{"7 digits", func(c *Client) { c.Color = "#1234567" }, "color"},
		{"not hex", func(c *Client) { c.Color = "#GGGGGG" }, "color"},
		{"no hash", func(c *Client) { c.Color = "2E86AB" }, "color"},
		{"no colour", func(c *Client) { c.Color = "" }, "color"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := goodClient()
			tt.edit(&c)
			c.Normalize()
			checkOnlyProblem(t, c.Validate(), tt.field)
		})
	}
}

func TestClientValidateMessages(t *testing.T) {
	c := goodClient()
	c.TimeZone = "Mars/Olympus"
	c.Country = "XX"
	c.Normalize()
	p := problemsOf(t, c.Validate())
	if msg := p.For("timezone"); !strings.Contains(msg, `"Mars/Olympus"`) {
		t.Errorf("timezone message %q does not quote the zone", msg)
	}
	if msg := p.For("country"); !strings.Contains(msg, `"XX"`) {
		t.Errorf("country message %q does not quote the code", msg)
	}
}

func TestClientValidateSeveralProblems(t *testing.T) {
	c := Client{Name: " ", Country: "XX", TimeZone: "Mars/Olympus", Color: "red", Region: strings.Repeat("r", 41)}
	c.Normalize()
	err := c.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want problems")
	}
	p := problemsOf(t, err)
	fields := []string{"name", "country", "region", "timezone", "color"}
	if len(p) != len(fields) {
		t.Errorf("got %d problems %+v, want %d", len(p), p, len(fields))
	}
	for _, f := range fields {
		msg := p.For(f)
		if msg == "" {
			t.Errorf("no problem reported for %q", f)
			continue
		}
		if !strings.Contains(err.Error(), msg) {
			t.Errorf("Error() %q lacks the %s message %q", err.Error(), f, msg)
		}
	}
	if got := strings.Count(err.Error(), "\n"); got != len(fields)-1 {
		t.Errorf("Error() has %d line breaks, want %d", got, len(fields)-1)
	}
}

func TestClientLocation(t *testing.T) {
	c := Client{TimeZone: "Europe/Athens"}
	loc := c.Location()
	if loc.String() != "Europe/Athens" {
		t.Fatalf("Location() = %v, want Europe/Athens", loc)
	}
	summer := time.Date(2027, time.July, 1, 12, 0, 0, 0, loc)
	if _, off := summer.Zone(); off != 3*3600 {
		t.Errorf("Athens offset in July = %d, want %d", off, 3*3600)
	}
	winter := time.Date(2027, time.January, 1, 12, 0, 0, 0, loc)
	if _, off := winter.Zone(); off != 2*3600 {
		t.Errorf("Athens offset in January = %d, want %d", off, 2*3600)
	}
	for _, bad := range []string{"Mars/Olympus", "not a zone"} {
		if got := (Client{TimeZone: bad}).Location(); got != time.UTC {
			t.Errorf("Location() for %q = %v, want UTC", bad, got)
		}
	}
}

func TestClientColors(t *testing.T) {
	if len(ClientColors) == 0 {
		t.Fatal("ClientColors is empty")
	}
	seen := map[string]bool{}
	for _, col := range ClientColors {
		if seen[col] {
			t.Errorf("colour %s listed twice", col)
		}
		seen[col] = true
		c := goodClient()
		c.Color = col
		c.Normalize()
		if err := c.Validate(); err != nil {
			t.Errorf("palette colour %s fails validation: %v", col, err)
		}
	}
}

func TestProblems(t *testing.T) {
	var p Problems
	if err := p.err(); err != nil {
		t.Errorf("empty Problems.err() = %v, want nil", err)
	}
	if got := p.For("name"); got != "" {
		t.Errorf("empty Problems.For = %q", got)
	}
	p.add("name", "first name problem")
	p.add("color", "colour problem")
	p.add("name", "second name problem")
	if got := p.For("name"); got != "first name problem" {
		t.Errorf("For(name) = %q, want the first message", got)
	}
	if got := p.For("country"); got != "" {
		t.Errorf("For(country) = %q, want empty", got)
	}
	err := p.err()
	if err == nil {
		t.Fatal("err() = nil with problems recorded")
	}
	want := "first name problem\ncolour problem\nsecond name problem"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if fe := Problem("x", "Keep it to {{.Max}}.", "Max", 3); fe.Error() != "Keep it to 3." {
		t.Errorf("FieldError.Error() = %q", fe.Error())
	}
}

func TestDefaultZonesAreRealZones(t *testing.T) {
	if DefaultZone("GR") != "Europe/Athens" || DefaultZone("ZZ") != "" {
		t.Errorf("DefaultZone GR=%q ZZ=%q", DefaultZone("GR"), DefaultZone("ZZ"))
	}
	for code, zone := range countryZones {
		if _, err := LookupCountry(code); err != nil {
			t.Errorf("zone table names unknown country %s", code)
		}
		c := Client{Name: "x", Country: code, TimeZone: zone, Color: "#000000"}
		if err := c.Validate(); err != nil {
			t.Errorf("%s -> %s: %v", code, zone, err)
		}
	}
	if zones := CommonZones(); len(zones) < 40 || zones[0] != "UTC" {
		t.Errorf("CommonZones = %v", zones)
	}
}

func TestClientProblemsAreSentences(t *testing.T) {
	err := Client{Country: "ZZ"}.Validate()
	for _, fe := range err.(Problems) {
		if m := fe.Error(); m[:1] != strings.ToUpper(m[:1]) || !strings.HasSuffix(m, ".") {
			t.Errorf("%s: %q is not a sentence", fe.Field, m)
		}
	}
}
