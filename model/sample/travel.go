package sample

import (
	"time"

	"kairos/model"
)

// Channel indexes for the travel agency, so templates read as names.
const (
	travelInstagram = iota
	travelFacebook
	travelTikTok
)

// travel is a small family-run agency on Crete: visual destinations,
// practical tips and the odd offer, three times a week.
func travel() plan {
	return plan{
		Client: model.Client{
			Name:     "Olive & Sea Travel",
			Country:  "GR",
			TimeZone: "Europe/Athens",
			Color:    model.ClientColors[0],
			Notes: "Family-run agency in Heraklion, Crete: island hopping, day trips and small-group tours.\n" +
				"Voice: warm, practical, first person plural (\"we\"). No \"paradise\" clichés; give one concrete tip per post.",
		},
		Channels: []model.Channel{
			travelInstagram: {Platform: model.Instagram, Handle: "@oliveandsea.travel"},
			travelFacebook:  {Platform: model.Facebook, Handle: "Olive & Sea Travel"},
			travelTikTok:    {Platform: model.TikTok, Handle: "@oliveandsea"},
		},
		Days: []time.Weekday{time.Monday, time.Wednesday, time.Friday},
		Posts: []template{
			{
				Type: model.Photo, Pillar: "Destinations", At: model.At(18, 30),
				Text:     "Golden hour in Oia never gets old. Our Santorini day trip leaves Heraklion port early and gives you six hours on the island: enough for Oia, Fira and a swim.",
				Hashtags: []string{"#Santorini", "#Greece", "#oliveandsea"},
				Media:    []string{"media/santorini-sunset.jpg"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Reel, Pillar: "Tips", At: model.At(19, 0),
				Text:     "Three things we pack for every island hop: a refillable water bottle, a light scarf for monastery visits and cash for the little tavernas that don't take cards.",
				Hashtags: []string{"#traveltips", "#islandhopping", "#Crete"},
				Media:    []string{"media/packing-reel.mp4"},
				Channels: []int{travelInstagram, travelTikTok},
			},
			{
				Type: model.LinkPost, Pillar: "Tips", At: model.At(10, 0),
				Text:     "The new ferry timetables are out. Our guide explains which routes to book ahead and which you can buy at the port on the day.",
				Hashtags: []string{"#GreekIslands", "#ferry"},
				Link:     "https://oliveandsea.example/guides/ferries",
				Channels: []int{travelFacebook},
			},
			{
				Type: model.Testimonial, Pillar: "Community", At: model.At(12, 30),
				Text:     "“We'd never have found that cove near Balos without Eleni's directions. Best day of our honeymoon.” (Sarah & Tom, Manchester)",
				Hashtags: []string{"#oliveandseaguests", "#Balos"},
				Channels: []int{travelInstagram, travelFacebook},
				Notes:    "Sarah said yes to using their names; photo in the shared folder.",
			},
			{
				Type: model.Question, Pillar: "Community", At: model.At(17, 0),
				Text:     "Mountains or sea? With one free day on Crete, would you hike the Samaria Gorge or spend it on Elafonisi's pink sand? Tell us below.",
				Hashtags: []string{"#Crete", "#Κρήτη"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Photo, Pillar: "Destinations", At: model.At(9, 15),
				Text:     "Knossos at opening time: no crowds, soft light and the frescoes almost to yourself. Ask for the 8am slot with our guide Nikos.",
				Hashtags: []string{"#Knossos", "#history", "#Ελλάδα"},
				Media:    []string{"media/knossos-morning.jpg"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Story, Pillar: "Behind the scenes", At: model.NoClock,
				Text:     "Office day out: Eleni is testing our new Chania to Rethymno route so you don't have to. Follow along in stories.",
				Hashtags: []string{"#behindthescenes"},
				Channels: []int{travelInstagram},
			},
			{
				Type: model.Video, Pillar: "Destinations", At: model.At(18, 0),
				Text:     "Ninety seconds in Chania's old harbour: the lighthouse, the Venetian arsenal and the bakery that sells bougatsa warm at 7am.",
				Hashtags: []string{"#Chania", "#Crete"},
				Media:    []string{"media/chania-harbour.mp4"},
				Channels: []int{travelFacebook, travelTikTok},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(11, 0),
				Text:     "Book any three-island package this month and your Heraklion airport transfer is on us. The small print is short: two travellers or more.",
				Hashtags: []string{"#traveldeal", "#GreekIslands"},
				Link:     "https://oliveandsea.example/offers",
				Channels: []int{travelInstagram, travelFacebook},
				Notes:    "Check the offer's end date with Eleni before this goes out.",
			},
			{
				Type: model.Poll, Pillar: "Community", At: model.At(13, 0),
				Text:     "Help us plan next season's small-group tour: Peloponnese castles, Ionian beaches or the Cyclades by sailing boat?",
				Hashtags: []string{"#travelpoll"},
				Channels: []int{travelInstagram},
			},
			{
				Type: model.Audio, Pillar: "Tips", At: model.At(8, 30),
				Text:     "Say it like a local: kaliméra (good morning), efcharistó (thank you) and yia mas (cheers). Sound on, and practise with our guide Maria.",
				Hashtags: []string{"#LearnGreek", "#Greece"},
				Media:    []string{"media/greek-phrases.m4a"},
				Channels: []int{travelInstagram, travelTikTok},
			},
			{
				Type: model.Reel, Pillar: "Destinations", At: model.At(19, 30),
				Text:     "Elafonisi in 15 seconds: pink sand, knee-deep water for a hundred metres and a cedar forest behind the dunes.",
				Hashtags: []string{"#Elafonisi", "#Crete", "#beach"},
				Media:    []string{"media/elafonisi.mp4"},
				Channels: []int{travelInstagram, travelTikTok},
			},
			{
				Type: model.Photo, Pillar: "Behind the scenes", At: model.At(12, 0),
				Text:     "Meet Eleni, who started Olive & Sea with one minibus and a notebook of favourite tavernas. The notebook is a spreadsheet now; the tavernas are the same.",
				Hashtags: []string{"#meettheteam", "#smallbusiness"},
				Media:    []string{"media/team-eleni.jpg"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.LinkPost, Pillar: "Tips", At: model.At(9, 0),
				Text:     "Travelling with kids? Our family guide to Crete lists beaches with shallow water, shady lunch spots and the quietest hour at Knossos.",
				Hashtags: []string{"#familytravel", "#Crete"},
				Link:     "https://oliveandsea.example/guides/crete-with-kids",
				Channels: []int{travelFacebook},
			},
			{
				Type: model.Event, Pillar: "Community", At: model.NoClock,
				Text:     "Free travel evening at our Heraklion office on the first Thursday of the month, 7pm: slides from the Dodecanese, a glass of raki and answers to every ferry question.",
				Hashtags: []string{"#Heraklion", "#travelevening"},
				Channels: []int{travelFacebook, travelInstagram},
			},
			{
				Type: model.Testimonial, Pillar: "Community", At: model.At(17, 30),
				Text:     "“Everything just worked: the ferry, the hotel, the taxi waiting with my name on a sign.” (Marta, travelling solo from Kraków)",
				Hashtags: []string{"#solotravel", "#oliveandseaguests"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Story, Pillar: "Offers", At: model.NoClock,
				Text:     "Two seats left on this week's Samaria Gorge hike. Reply to this story to grab one.",
				Hashtags: []string{"#Samaria"},
				Channels: []int{travelInstagram},
			},
			{
				Type: model.Text, Pillar: "Tips", At: model.At(10, 30),
				Text:     "Greek time is real: lunch starts around 2pm and dinner rarely before 9pm. Book the taverna for 8:30pm and you'll have the terrace almost to yourself.",
				Hashtags: []string{"#GreekFood", "#traveltips"},
				Channels: []int{travelFacebook},
			},
			{
				Type: model.Video, Pillar: "Behind the scenes", At: model.At(18, 15),
				Text:     "We stayed at a new family-run hotel in Rethymno before adding it to our packages. Rooms, breakfast and the view from room 12.",
				Hashtags: []string{"#Rethymno", "#hotelreview"},
				Media:    []string{"media/rethymno-hotel.mp4"},
				Channels: []int{travelFacebook, travelTikTok},
			},
			{
				Type: model.Photo, Pillar: "Destinations", At: model.At(18, 45),
				Text:     "Spinalonga from the boat: a Venetian fortress, later one of Europe's last leper colonies, and now one of Crete's most moving half-day trips.",
				Hashtags: []string{"#Spinalonga", "#Κρήτη"},
				Media:    []string{"media/spinalonga.jpg", "media/spinalonga-walls.jpg"},
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(11, 30),
				Text:     "Last minute: 15% off the Kissamos to Balos boat trip for bookings made this week. Twenty seats per boat, so don't wait.",
				Hashtags: []string{"#Balos", "#lastminute"},
				Link:     "https://oliveandsea.example/offers/balos",
				Channels: []int{travelInstagram, travelFacebook},
			},
			{
				Type: model.Reel, Pillar: "Tips", At: model.At(20, 0),
				Text:     "How to spot real Cretan olive oil: check the harvest date, look for the PDO label and taste for the peppery finish at the back of the throat.",
				Hashtags: []string{"#oliveoil", "#Crete", "#foodie"},
				Media:    []string{"media/olive-oil-tasting.mp4"},
				Channels: []int{travelInstagram, travelTikTok},
			},
		},
		Ideas: []template{
			{
				Type: model.Reel, Pillar: "Destinations",
				Text:     "Sunrise on the Lasithi plateau: windmills, mist and the shepherd's coffee stop. Needs a 5am start.",
				Hashtags: []string{"#Lasithi", "#Crete"},
				Channels: []int{travelInstagram, travelTikTok},
			},
			{
				Type: model.Video, Pillar: "Behind the scenes",
				Text:  "A day with our driver Giorgos on the airport run: early starts, lost luggage, his favourite roadside kafeneio.",
				Notes: "Ask Giorgos if he's happy to be filmed.",
			},
			{
				Type: model.Question, Pillar: "Community",
				Text:     "Ask followers for their favourite Cretan dish and share the best answers in stories.",
				Channels: []int{travelInstagram},
			},
			{
				Type: model.LinkPost, Pillar: "Tips",
				Text: "Blog post: Crete without a car. Buses, taxis and the tours that pick you up from your hotel.",
			},
			{
				Type: model.Testimonial, Pillar: "Community",
				Text: "Ask last month's groups for a 20-second video review from the boat.",
			},
			{
				Type: model.Offer, Pillar: "Offers",
				Text:  "Early-booking discount for next season's island hopping.",
				Notes: "Check margins with Eleni first.",
			},
		},
	}
}
