package sample

import (
	"time"

	"kairos/model"
	"kairos/model/contest"
)

// ContestPlan is a sample contest for one client of the workspace: Client
// indexes Workspace.Clients and Channels that client's channels. Done
// lists the checklist keys already ticked, so the sample shows progress.
type ContestPlan struct {
	Client   int
	Channels []int
	Contest  contest.Contest
	Done     []string
}

// cafeClient is the café's index in Workspace.Clients.
const cafeClient = 1

// Contests are the sample's giveaways: the café's Christmas hamper prize
// draw on Instagram and Facebook, starting next week, half prepared.
func Contests(today model.Date) []ContestPlan {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		london = time.UTC
	}
	start := today.AddDays(7)
	end := start.AddDays(10)
	return []ContestPlan{{
		Client:   cafeClient,
		Channels: []int{cafeInstagram, cafeFacebook},
		Contest: contest.Contest{
			Name: "Christmas hamper prize draw", Kind: contest.Chance,
			Start: time.Date(start.Year, start.Month, start.Day, 9, 0, 0, 0, london),
			End:   time.Date(end.Year, end.Month, end.Day, 20, 0, 0, 0, london),
			Zone:  "Europe/London",
			Prize: contest.Prize{Description: "A Copper Kettle hamper: a cake, a bag of house coffee and two mugs",
				Quantity: 1, Value: 6500, Currency: "GBP"},
			Regions: []string{"GB"}, MinAge: 18, RulesLink: "https://copperkettle.example/hamper-rules",
			SponsorName: "The Copper Kettle Café Ltd", SponsorAddress: "12 Fossgate, York YO1 9TA",
		},
		Done: []string{"core.classify", "core.sponsor", "core.dates", "core.prize", "core.rules-link",
			"instagram.release", "facebook.release", "facebook.not-associated", "facebook.page"},
	}}
}
