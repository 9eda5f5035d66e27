package model

// countryZones gives the zone most of a country's people live in, so a new
// client starts with a sensible time zone; the user can pick another.
var countryZones = map[string]string{
	"AE": "Asia/Dubai", "AR": "America/Argentina/Buenos_Aires", "AT": "Europe/Vienna", "AU": "Australia/Sydney",
	"BE": "Europe/Brussels", "BG": "Europe/Sofia", "BR": "America/Sao_Paulo", "BY": "Europe/Minsk",
	"CA": "America/Toronto", "CH": "Europe/Zurich", "CN": "Asia/Shanghai", "CY": "Asia/Nicosia",
	"CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
	"EG": "Africa/Cairo", "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
	"GB": "Europe/London", "GE": "Asia/Tbilisi", "GR": "Europe/Athens", "HR": "Europe/Zagreb",
	"HU": "Europe/Budapest", "IE": "Europe/Dublin", "IL": "Asia/Jerusalem", "IN": "Asia/Kolkata",
	"IS": "Atlantic/Reykjavik", "IT": "Europe/Rome", "JP": "Asia/Tokyo", "KE": "Africa/Nairobi",
	"KZ": "Asia/Almaty", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
	"MT": "Europe/Malta", "MX": "America/Mexico_City", "NL": "Europe/Amsterdam", "NO": "Europe/Oslo",
	"NZ": "Pacific/Auckland", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest",
	"RS": "Europe/Belgrade", "RU": "Europe/Moscow", "SE": "Europe/Stockholm", "SG": "Asia/Singapore",
	"SI": "Europe/Ljubljana", "SK": "Europe/Bratislava", "TH": "Asia/Bangkok", "TR": "Europe/Istanbul",
	"UA": "Europe/Kyiv", "US": "America/New_York", "ZA": "Africa/Johannesburg",
}

// DefaultZone is the likely time zone for a country code, or "" if unknown.
func DefaultZone(country string) string { return countryZones[country] }

// CommonZones lists the zones offered in the time zone picker; any other
// IANA name may be typed.
func CommonZones() []string {
	seen := map[string]bool{"UTC": true}
	list := []string{"UTC"}
	for _, c := range Countries() {
		if z := countryZones[c.Code]; z != "" && !seen[z] {
			seen[z] = true
			list = append(list, z)
		}
	}
	return list
}
