package contest

import "testing"

func TestInEU(t *testing.T) {
	for code, want := range map[string]bool{
		"DE": true, "gr": true, " ie ": true, "CY": true, "HR": true, "MT": true,
		"GB": false, "UK": false, "CH": false, "NO": false, "US": false, "EU": false, "": false,
	} {
		if got := InEU(code); got != want {
			t.Errorf("InEU(%q) = %v, want %v", code, got, want)
		}
	}
	if len(euMembers) != 27 {
		t.Errorf("%d member states, want 27", len(euMembers))
	}
}

func TestCovers(t *testing.T) {
	tests := []struct {
		regions []string
		region  string
		want    bool
	}{
		{[]string{"GR"}, "GR", true},
		{[]string{"GR"}, "gr", true},
		{[]string{"GR"}, "EU", true},
		{[]string{"GR"}, "DE", false},
		{[]string{"EU"}, "EU", true},
		{[]string{"EU"}, "DE", true},
		{[]string{"EU"}, "GB", false},
		{[]string{"EU"}, "US", false},
		{[]string{"GB"}, "GB", true},
		{[]string{"GB"}, "EU", false},
		{[]string{"US", "CA"}, "US", true},
		{[]string{"US", "CA"}, "EU", false},
		{[]string{"CH", "NO"}, "EU", false},
		{nil, "US", false},
		{[]string{"US"}, "", false},
	}
	for _, tc := range tests {
		if got := (Contest{Regions: tc.regions}).Covers(tc.region); got != tc.want {
			t.Errorf("%v covers %q = %v, want %v", tc.regions, tc.region, got, tc.want)
		}
	}
}
