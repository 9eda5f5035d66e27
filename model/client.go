package model

import (
	"errors"
	"regexp"
	"strings"
	"time"

	"kairos/model/msg"
)

// Client is a brand whose social media the user plans.
type Client struct {
	ID   int64
	Name string
	// Country is the ISO 3166-1 alpha-2 code used for public holidays.
	Country string
	// Region is an optional subdivision (a German state, a Swiss canton...).
	Region string
	// TimeZone is an IANA zone name; post dates and times are wall-clock
	// times in this zone.
	TimeZone string
	// Color is #RRGGBB, used to tell clients apart in the calendar.
	Color string
	Notes string
}

var hexColor = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// Normalize trims the text fields and upper-cases the country code.
func (c *Client) Normalize() {
	c.Name = strings.TrimSpace(c.Name)
	c.Country = strings.ToUpper(strings.TrimSpace(c.Country))
	c.Region = strings.TrimSpace(c.Region)
	c.TimeZone = strings.TrimSpace(c.TimeZone)
	c.Color = strings.ToUpper(strings.TrimSpace(c.Color))
	c.Notes = strings.TrimSpace(c.Notes)
}

// Validate reports every problem with c; call Normalize first.
func (c Client) Validate() error {
	var p Problems
	switch {
	case c.Name == "":
		p.add("name", "Give the client a name.")
	case len([]rune(c.Name)) > 80:
		p.add("name", "Keep the client's name to 80 characters or fewer.")
	}
	if _, err := LookupCountry(c.Country); err != nil {
		var why msg.Localized
		text := msg.New("Choose the client's country: Kairos uses it for public holidays.")
		if errors.As(err, &why) {
			text = why.Message()
		}
		p = append(p, FieldError{Field: "country", Text: text})
	}
	if len([]rune(c.Region)) > 40 {
		p.add("region", "Keep the region to 40 characters or fewer.")
	}
	if c.TimeZone == "" {
		p.add("timezone", "Choose the client's time zone, for example Europe/Athens.")
	} else if _, err := time.LoadLocation(c.TimeZone); err != nil || c.TimeZone == "Local" {
		p.add("timezone", "\"{{.Zone}}\" is not a time zone: use a name such as Europe/Athens or America/New_York.", "Zone", c.TimeZone)
	}
	if !hexColor.MatchString(c.Color) {
		p.add("color", "Pick a colour as #RRGGBB, for example #2E86AB.")
	}
	return p.err()
}

// Location is the client's time zone (UTC if it cannot be loaded).
func (c Client) Location() *time.Location {
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// ClientColors is the palette offered for new clients: distinct, and
// readable behind white text in both themes.
var ClientColors = []string{"#2E86AB", "#C73E1D", "#3B8B5A", "#8E44AD", "#D68910", "#1F618D", "#B03A2E", "#117A65"}
