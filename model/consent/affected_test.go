package consent

import (
	"reflect"
	"testing"

	"kairos/model"
)

func TestAffected(t *testing.T) {
	today := d(2027, 2, 10)
	uses := []PostUse{
		{PostID: 1, Date: d(2027, 1, 20), Published: true},  // published before: takedown
		{PostID: 2, Date: d(2027, 2, 5), Published: false},  // missed, no longer scheduled
		{PostID: 3, Date: d(2027, 2, 10), Published: false}, // today: flag
		{PostID: 4, Date: d(2027, 3, 1), Published: false},  // future: flag
		{PostID: 5, Date: d(2027, 2, 10), Published: true},  // published today: takedown
		{PostID: 6, Published: false},                       // undated idea
	}
	withdrawn := baseConsent()
	withdrawn.Status, withdrawn.WithdrawnOn, withdrawn.WithdrawalChannel = Withdrawn, d(2027, 2, 9), "email"
	expired := baseConsent()
	expired.Expires = d(2027, 2, 10) // expires today
	active := baseConsent()
	requested := Consent{Status: Requested}

	tests := []struct {
		name           string
		c              Consent
		flag, takedown []int64
	}{
		{"withdrawn", withdrawn, []int64{3, 4}, []int64{1, 5}},
		{"expired today", expired, []int64{3, 4}, []int64{1, 5}},
		{"still granted", active, nil, nil},
		{"only requested", requested, nil, nil},
	}
	for _, tc := range tests {
		flag, takedown := Affected(tc.c, uses, today)
		if !reflect.DeepEqual(flag, tc.flag) || !reflect.DeepEqual(takedown, tc.takedown) {
			t.Errorf("%s: Affected = %v, %v; want %v, %v", tc.name, flag, takedown, tc.flag, tc.takedown)
		}
	}
}

func TestExpiringWithin(t *testing.T) {
	today := d(2027, 2, 10)
	mk := func(id int64, st Status, expires model.Date) Consent {
		return Consent{ID: id, Status: st, Expires: expires}
	}
	cs := []Consent{
		mk(1, Granted, d(2027, 3, 12)),   // 30 days ahead: in
		mk(2, Granted, d(2027, 2, 11)),   // tomorrow: in
		mk(3, Granted, d(2027, 3, 13)),   // 31 days: out
		mk(4, Granted, d(2027, 2, 10)),   // today: already expired
		mk(5, Granted, model.Date{}),     // never expires
		mk(6, Withdrawn, d(2027, 2, 20)), // not granted
		mk(7, Requested, d(2027, 2, 20)), // not granted
		mk(8, Granted, d(2027, 2, 20)),   // in
	}
	var got []int64
	for _, c := range ExpiringWithin(cs, today, 30) {
		got = append(got, c.ID)
	}
	if want := []int64{2, 8, 1}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ExpiringWithin = %v, want %v", got, want)
	}
	if got := ExpiringWithin(cs, today, 0); len(got) != 0 {
		t.Fatalf("ExpiringWithin(0 days) = %v, want none", got)
	}
}
