package model

import "testing"

func TestCustomDayValidate(t *testing.T) {
	good := CustomDay{ClientID: 1, Name: "Opening day", Date: NewDate(2019, 5, 14), Yearly: true, Hashtags: []string{"#since2019"}}
	cases := []struct {
		name  string
		edit  func(*CustomDay)
		field string
	}{
		{"good", func(*CustomDay) {}, ""},
		{"no name", func(d *CustomDay) { d.Name = "  " }, "name"},
		{"long name", func(d *CustomDay) { d.Name = string(make([]rune, 81)) }, "name"},
		{"no date", func(d *CustomDay) { d.Date = Date{} }, "date"},
		{"bad hashtag", func(d *CustomDay) { d.Hashtags = []string{"#ok", "#not ok"} }, "hashtags"},
		{"long idea", func(d *CustomDay) { d.Idea = string(make([]rune, 281)) }, "idea"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := good
			c.edit(&d)
			d.Normalize()
			checkOnlyProblem(t, d.Validate(), c.field)
		})
	}
}

func TestCustomDayDateIn(t *testing.T) {
	yearly := CustomDay{Date: NewDate(2019, 5, 14), Yearly: true}
	leap := CustomDay{Date: NewDate(2024, 2, 29), Yearly: true}
	once := CustomDay{Date: NewDate(2027, 3, 9)}
	cases := []struct {
		d    CustomDay
		year int
		want Date
		ok   bool
	}{
		{yearly, 2027, NewDate(2027, 5, 14), true},
		{yearly, 2019, NewDate(2019, 5, 14), true},
		{yearly, 2018, Date{}, false},
		{leap, 2027, NewDate(2027, 2, 28), true},
		{leap, 2028, NewDate(2028, 2, 29), true},
		{once, 2027, NewDate(2027, 3, 9), true},
		{once, 2028, Date{}, false},
	}
	for _, c := range cases {
		got, ok := c.d.DateIn(c.year)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("%+v in %d = %s %v, want %s %v", c.d, c.year, got, ok, c.want, c.ok)
		}
	}
	if n := yearly.Anniversary(2027); n != 8 {
		t.Errorf("anniversary in 2027 = %d, want 8", n)
	}
}

func TestCustomDayNormalizeDropsCarriageReturns(t *testing.T) {
	d := CustomDay{Name: " Our\tbig \n day ", Idea: "Line one\r\nline two\rthree"}
	d.Normalize()
	if d.Name != "Our big day" || d.Idea != "Line one\nline two\nthree" {
		t.Errorf("normalized %q / %q", d.Name, d.Idea)
	}
}
