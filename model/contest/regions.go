package contest

import (
	"slices"
	"strings"
)

// EU is the region code standing for every EU member state.
const EU = "EU"

// euMembers are the 27 member states since the UK left (1 February 2020).
var euMembers = strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")

// InEU reports whether code (any case) is an EU member state. "EU" itself
// is not a member state.
func InEU(code string) bool {
	return slices.Contains(euMembers, strings.ToUpper(strings.TrimSpace(code)))
}

// Covers reports whether people in region may enter c, so that region's
// rules apply. "EU" is covered when c is open to any member state (or to
// "EU"); a member state is covered when c lists it or "EU"; any other code
// only when c lists it ("GB" is not in the EU).
func (c Contest) Covers(region string) bool {
	region = strings.ToUpper(strings.TrimSpace(region))
	if region == "" {
		return false
	}
	for _, r := range c.Regions {
		r = strings.ToUpper(strings.TrimSpace(r))
		switch {
		case r == region:
			return true
		case region == EU && InEU(r):
			return true
		case r == EU && InEU(region):
			return true
		}
	}
	return false
}
