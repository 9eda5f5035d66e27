package holiday

import (
	"slices"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// calendar is one country's public holidays. A region's list is complete:
// rickar repeats the national days in it.
type calendar struct {
	national []*cal.Holiday
	regions  map[string][]*cal.Holiday
}

// calendars holds every country rickar/cal v2.1.26 ships, by ISO code, with
// Kairos's corrections below. aa (shared definitions) and ecb (the central
// bank's closing days) are not countries.
var calendars = map[string]calendar{
	"AR": {national: ar.Holidays},
	"AT": {national: at.Holidays},
	"AU": {national: auNational, regions: map[string][]*cal.Holiday{
		"ACT": au.HolidaysACT, "NSW": au.HolidaysNSW, "NT": au.HolidaysNT, "QLD": au.HolidaysQLD,
		"SA": au.HolidaysSA, "TAS": au.HolidaysTAS, "VIC": au.HolidaysVIC, "WA": au.HolidaysWA,
	}},
	"BE": {national: be.Holidays},
	"BG": {national: bg.Holidays},
	"BR": {national: br.Holidays},
	"CA": {national: ca.Holidays},
	"CH": {national: ch.Holidays, regions: map[string][]*cal.Holiday{
		"AG": ch.HolidaysAG, "AI": ch.HolidaysAI, "AR": ch.HolidaysAR, "BE": ch.HolidaysBE, "BL": ch.HolidaysBL,
		"BS": ch.HolidaysBS, "FR": ch.HolidaysFR, "GE": ch.HolidaysGE, "GL": ch.HolidaysGL, "GR": ch.HolidaysGR,
		"JU": ch.HolidaysJU, "LU": ch.HolidaysLU, "NE": ch.HolidaysNE, "NW": ch.HolidaysNW, "OW": ch.HolidaysOW,
		"SG": ch.HolidaysSG, "SH": ch.HolidaysSH, "SO": ch.HolidaysSO, "SZ": ch.HolidaysSZ, "TG": ch.HolidaysTG,
		"TI": ch.HolidaysTI, "UR": ch.HolidaysUR, "VD": ch.HolidaysVD, "VS": ch.HolidaysVS, "ZG": ch.HolidaysZG,
		"ZH": ch.HolidaysZH,
	}},
	"CY": {national: cy.Holidays},
	"CZ": {national: cz.Holidays},
	"DE": {national: de.Holidays, regions: map[string][]*cal.Holiday{
		"BB": de.HolidaysBB, "BE": de.HolidaysBE, "BW": de.HolidaysBW, "BY": de.HolidaysBY,
		"HB": de.HolidaysHB, "HE": de.HolidaysHE, "HH": de.HolidaysHH, "MV": de.HolidaysMV,
		"NI": de.HolidaysNI, "NW": de.HolidaysNW, "RP": de.HolidaysRP, "SH": de.HolidaysSH,
		"SL": de.HolidaysSL, "SN": de.HolidaysSN, "ST": de.HolidaysST, "TH": de.HolidaysTH,
	}},
	"DK": {national: dk.Holidays},
	"EE": {national: ee.Holidays},
	"ES": {national: es.Holidays},
	"FI": {national: fi.Holidays},
	"FR": {national: fr.Holidays},
	"GB": {national: gbNational},
	"GR": {national: grNational},
	"HR": {national: hr.Holidays},
	"HU": {national: hu.Holidays},
	"IE": {national: ie.Holidays},
	"IS": {national: is.Holidays},
	"IT": {national: it.Holidays},
	"JP": {national: jp.Holidays},
	"KE": {national: ke.Holidays},
	"LT": {national: lt.Holidays},
	"LU": {national: lu.Holidays},
	"LV": {national: lv.Holidays},
	"MT": {national: mt.Holidays},
	"MW": {national: mw.Holidays},
	"MX": {national: mxNational},
	"NC": {national: nc.Holidays},
	"NL": {national: nl.Holidays},
	"NO": {national: no.Holidays},
	"NZ": {national: nzNational},
	"PL": {national: pl.Holidays},
	"PT": {national: pt.Holidays},
	"RO": {national: ro.Holidays},
	"RS": {national: rs.Holidays},
	"RU": {national: ruNational},
	"SE": {national: se.Holidays},
	"SI": {national: si.Holidays},
	"SK": {national: sk.Holidays},
	"TH": {national: th.Holidays},
	"UA": {national: uaNational},
	"US": {national: us.Holidays},
	"ZA": {national: za.Holidays},
}

// Corrections to rickar's data, each checked against the country's law.
// Lists are rebuilt with slices.Concat so rickar's own slices stay untouched.

// noSubstitute turns off weekend substitution (a non-nil empty list: Clone
// ignores nil).
var noSubstitute = []cal.AltDay{}

// AU: rickar has state lists only. With no state chosen, Kairos shows the days
// every state keeps (Fair Work Act s115, less the King's Birthday, whose date
// differs by state).
var auNational = []*cal.Holiday{
	au.NewYear, au.AustraliaDay, au.GoodFriday, au.EasterMonday, au.AnzacDay, au.ChristmasDay, au.BoxingDay,
}

// GB: when Christmas falls on a Sunday, gov.uk keeps Boxing Day on Monday 26
// and gives Christmas the Tuesday; rickar swaps the two labels. Also adds the
// 2022 state funeral bank holiday that rickar lacks.
var (
	gbChristmasDay = gb.ChristmasDay.Clone(&cal.Holiday{Observed: []cal.AltDay{
		{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}})
	gbBoxingDay = gb.BoxingDay.Clone(&cal.Holiday{Observed: []cal.AltDay{
		{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}})
	gbStateFuneral = &cal.Holiday{
		Name: "Bank Holiday for the State Funeral of Queen Elizabeth II", Type: cal.ObservanceBank,
		Month: time.September, Day: 19, StartYear: 2022, EndYear: 2022, Func: cal.CalcDayOfMonth,
	}
	gbNational = slices.Concat(replace(gb.Holidays, map[*cal.Holiday]*cal.Holiday{
		gb.ChristmasDay: gbChristmasDay, gb.BoxingDay: gbBoxingDay,
	}), []*cal.Holiday{gbStateFuneral})
)

// GR: Orthodox Easter Sunday is a public holiday (and the biggest day to post
// about); rickar lists only the Friday and Monday around it.
var (
	grEasterSunday = &cal.Holiday{Name: "Κυριακή του Πάσχα", Type: cal.ObservancePublic, Julian: true, Func: cal.CalcEasterOffset}
	grNational     = slices.Concat(gr.Holidays, []*cal.Holiday{grEasterSunday})
)

// MX: since the 2006 reform of the Federal Labour Law (art. 74) Constitution
// Day is the first Monday of February and Benito Juárez's Birthday the third
// Monday of March; rickar keeps 5 February and 21 March. A holiday on a
// weekend is not moved to a weekday, which rickar does for all of them.
var (
	mxNewYear         = mx.NewYear.Clone(&cal.Holiday{Observed: noSubstitute})
	mxConstitution    = mx.ConstitutionDay.Clone(&cal.Holiday{EndYear: 2005, Observed: noSubstitute})
	mxBenitoJuarez    = mx.BenitoJuarezDay.Clone(&cal.Holiday{EndYear: 2005, Observed: noSubstitute})
	mxConstitutionMon = &cal.Holiday{Name: mx.ConstitutionDay.Name, Type: cal.ObservancePublic, StartYear: 2006,
		Month: time.February, Weekday: time.Monday, Offset: 1, Func: cal.CalcWeekdayOffset}
	mxBenitoJuarezMon = &cal.Holiday{Name: mx.BenitoJuarezDay.Name, Type: cal.ObservancePublic, StartYear: 2006,
		Month: time.March, Weekday: time.Monday, Offset: 3, Func: cal.CalcWeekdayOffset}
	mxLabourDay       = mx.LabourDay.Clone(&cal.Holiday{Observed: noSubstitute})
	mxIndependenceDay = mx.IndependenceDay.Clone(&cal.Holiday{Observed: noSubstitute})
	mxChristmasDay    = mx.ChristmasDay.Clone(&cal.Holiday{Observed: noSubstitute})
	mxNational        = slices.Concat(replace(mx.Holidays, map[*cal.Holiday]*cal.Holiday{
		mx.NewYear: mxNewYear, mx.ConstitutionDay: mxConstitution, mx.BenitoJuarezDay: mxBenitoJuarez,
		mx.LabourDay: mxLabourDay, mx.IndependenceDay: mxIndependenceDay, mx.ChristmasDay: mxChristmasDay,
	}), []*cal.Holiday{mxConstitutionMon, mxBenitoJuarezMon})
)

// NZ: Matariki is a public holiday since 2022 on a Friday set by law year by
// year; these are the dates for 2022-2052 in Schedule 1 of the Te Kāhui o
// Matariki Public Holiday Act 2022. rickar does not have it.
var (
	nzMatarikiDates = [...]struct {
		month time.Month
		day   int
	}{
		{time.June, 24}, {time.July, 14}, {time.June, 28}, {time.June, 20}, {time.July, 10}, // 2022-2026
		{time.June, 25}, {time.July, 14}, {time.July, 6}, {time.June, 21}, {time.July, 11}, // 2027-2031
		{time.July, 2}, {time.June, 24}, {time.July, 7}, {time.June, 29}, {time.July, 18}, // 2032-2036
		{time.July, 10}, {time.June, 25}, {time.July, 15}, {time.July, 6}, {time.July, 19}, // 2037-2041
		{time.July, 11}, {time.July, 3}, {time.June, 24}, {time.July, 7}, {time.June, 29}, // 2042-2046
		{time.July, 19}, {time.July, 3}, {time.June, 25}, {time.July, 15}, {time.June, 30}, // 2047-2051
		{time.June, 21}, // 2052
	}
	nzMatariki = &cal.Holiday{
		Name: "Matariki", Type: cal.ObservancePublic, StartYear: 2022, EndYear: 2021 + len(nzMatarikiDates),
		Func: func(_ *cal.Holiday, year int) time.Time {
			d := nzMatarikiDates[year-2022]
			return time.Date(year, d.month, d.day, 0, 0, 0, 0, cal.DefaultLoc)
		},
	}
	nzNational = slices.Concat(nz.Holidays, []*cal.Holiday{nzMatariki})
)

// RU: Labour Code art. 112 makes 1-6 and 8 January the New Year holidays and
// 7 January Christmas; weekend days among them are moved by a yearly decree,
// not by the next-working-day rule, so they get no substitute here.
var (
	ruNewYear   = ru.NewYear.Clone(&cal.Holiday{Observed: noSubstitute})
	ruChristmas = ru.OrthodoxChristmas.Clone(&cal.Holiday{Observed: noSubstitute})
	ruNewYear2  = ruNewYearHoliday(2)
	ruNewYear3  = ruNewYearHoliday(3)
	ruNewYear4  = ruNewYearHoliday(4)
	ruNewYear5  = ruNewYearHoliday(5)
	ruNewYear6  = ruNewYearHoliday(6)
	ruNewYear8  = ruNewYearHoliday(8)
	ruNational  = slices.Concat(replace(ru.Holidays, map[*cal.Holiday]*cal.Holiday{
		ru.NewYear: ruNewYear, ru.OrthodoxChristmas: ruChristmas,
	}), []*cal.Holiday{ruNewYear2, ruNewYear3, ruNewYear4, ruNewYear5, ruNewYear6, ruNewYear8})
)

func ruNewYearHoliday(day int) *cal.Holiday {
	return &cal.Holiday{Name: "Новогодние каникулы", Type: cal.ObservancePublic,
		Month: time.January, Day: day, Func: cal.CalcDayOfMonth}
}

// UA: rickar predates the 2023 reform (law 3171-IX): Christmas is 25
// December only from 2024, Defenders' Day moved from 14 October to 1
// October in 2023; and from 2024 Victory Day is 8 May, not 9 May.
var (
	uaSubstitute  = []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 1}}
	uaJan7        = ua.OrthodoxChristmas.Clone(&cal.Holiday{EndYear: 2023})
	uaOct14       = ua.DefenderOfUkraineDay.Clone(&cal.Holiday{EndYear: 2022})
	uaVictoryMay9 = ua.VictoryDay.Clone(&cal.Holiday{EndYear: 2023})
	uaDefenders   = &cal.Holiday{Name: "День захисників і захисниць України", Type: cal.ObservancePublic,
		Month: time.October, Day: 1, StartYear: 2023, Observed: uaSubstitute, Func: cal.CalcDayOfMonth}
	uaVictoryMay8 = &cal.Holiday{Name: "День пам'яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років",
		Type: cal.ObservancePublic, Month: time.May, Day: 8, StartYear: 2024, Observed: uaSubstitute, Func: cal.CalcDayOfMonth}
	uaNational = slices.Concat(replace(ua.Holidays, map[*cal.Holiday]*cal.Holiday{
		ua.OrthodoxChristmas: uaJan7, ua.DefenderOfUkraineDay: uaOct14, ua.VictoryDay: uaVictoryMay9,
	}), []*cal.Holiday{uaDefenders, uaVictoryMay8})
)

// replace copies list with some holidays swapped for corrected ones.
func replace(list []*cal.Holiday, with map[*cal.Holiday]*cal.Holiday) []*cal.Holiday {
	out := make([]*cal.Holiday, len(list))
	for i, h := range list {
		if r, ok := with[h]; ok {
			h = r
		}
		out[i] = h
	}
	return out
}
