package sample

import (
	"time"

	"kairos/model"
)

// Channel indexes for the café.
const (
	cafeInstagram = iota
	cafeFacebook
	cafeX
)

// cafe is an independent café in York: food photos, regulars and events.
// Posts that go to X must stay within its 280 characters, hashtags included.
func cafe() plan {
	return plan{
		Client: model.Client{
			Name:     "The Copper Kettle Café",
			Country:  "GB",
			TimeZone: "Europe/London",
			Color:    model.ClientColors[4],
			Notes: "Independent café in York, open 8am to 5pm, closed Mondays. Home baking, local roaster, dogs welcome.\n" +
				"Voice: friendly, a little cheeky, British spelling. Prices in £. Keep X posts short.",
		},
		Channels: []model.Channel{
			cafeInstagram: {Platform: model.Instagram, Handle: "@copperkettlecafe"},
			cafeFacebook:  {Platform: model.Facebook, Handle: "The Copper Kettle Café York"},
			cafeX:         {Platform: model.X, Handle: "@CopperKettleYRK"},
		},
		Days: []time.Weekday{time.Tuesday, time.Thursday, time.Saturday},
		Posts: []template{
			{
				Type: model.Photo, Pillar: "Menu", At: model.At(8, 30),
				Text:     "Cinnamon buns out of the oven at 8. By 10 they're usually gone, so consider this your early warning.",
				Hashtags: []string{"#York", "#cinnamonbuns", "#CopperKettle"},
				Media:    []string{"media/cinnamon-buns.jpg"},
				Channels: []int{cafeInstagram, cafeFacebook, cafeX},
			},
			{
				Type: model.Question, Pillar: "Community", At: model.At(15, 0),
				Text:     "Settle an argument behind the counter: jam first or cream first on a scone?",
				Hashtags: []string{"#sconewars", "#York"},
				Channels: []int{cafeX, cafeFacebook},
			},
			{
				Type: model.Photo, Pillar: "Menu", At: model.At(11, 45),
				Text:     "Today's soup is roasted tomato and red pepper with a doorstop of sourdough. £6.50, and yes, it's vegan.",
				Hashtags: []string{"#lunch", "#vegan", "#York"},
				Media:    []string{"media/tomato-soup.jpg"},
				Channels: []int{cafeInstagram, cafeFacebook},
			},
			{
				Type: model.Story, Pillar: "Behind the scenes", At: model.NoClock,
				Text:     "7:45am: the first flat white of the day always goes to the barista. Quality control, obviously.",
				Hashtags: []string{"#baristalife"},
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(9, 0),
				Text:     "Bring your own cup and get 25p off any hot drink, every day. The planet and your wallet both say thanks.",
				Hashtags: []string{"#reusable", "#BYOcup"},
				Channels: []int{cafeInstagram, cafeFacebook, cafeX},
			},
			{
				Type: model.Event, Pillar: "Community", At: model.NoClock,
				Text:     "Open mic night is back on the first Friday of every month: doors at 6:30, first act at 7, cake until it runs out. Sign up at the counter.",
				Hashtags: []string{"#openmic", "#YorkEvents"},
				Channels: []int{cafeFacebook, cafeInstagram},
			},
			{
				Type: model.Reel, Pillar: "Behind the scenes", At: model.At(18, 0),
				Text:     "Latte art, attempt number 47. Our new barista Jamie is getting there. Judge for yourself.",
				Hashtags: []string{"#latteart", "#barista"},
				Media:    []string{"media/latte-art.mp4"},
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.Text, Pillar: "Community", At: model.At(10, 0),
				Text:     "Thank you to everyone who came to the Fossgate street fair. We ran out of brownies by 2pm and we're not even sorry.",
				Hashtags: []string{"#York", "#Fossgate"},
				Channels: []int{cafeFacebook, cafeX},
			},
			{
				Type: model.Poll, Pillar: "Menu", At: model.At(13, 0),
				Text:     "Next month's special: pistachio & rose cake, sticky toffee loaf or lemon drizzle with thyme? Vote and we'll bake the winner.",
				Hashtags: []string{"#cakevote"},
				Channels: []int{cafeInstagram, cafeX},
			},
			{
				Type: model.Photo, Pillar: "Behind the scenes", At: model.At(11, 0),
				Text:     "Our beans come from a roaster two miles down the road. This week's blend is Colombia and Ethiopia, with notes of cherry and cocoa.",
				Hashtags: []string{"#coffee", "#shoplocal"},
				Media:    []string{"media/coffee-beans.jpg"},
				Channels: []int{cafeInstagram, cafeFacebook},
			},
			{
				Type: model.Testimonial, Pillar: "Community", At: model.At(16, 0),
				Text:     "“The only place in York where the tea comes in a proper pot and nobody rushes you.” A lovely review from Margaret, one of our Thursday regulars.",
				Hashtags: []string{"#reviews", "#York"},
				Channels: []int{cafeFacebook, cafeInstagram},
			},
			{
				Type: model.LinkPost, Pillar: "Menu", At: model.At(9, 30),
				Text:     "Our full menu, allergens included, is now online. Gluten-free options are marked GF.",
				Hashtags: []string{"#glutenfree", "#York"},
				Link:     "https://copperkettle.example/menu",
				Channels: []int{cafeFacebook, cafeX},
			},
			{
				Type: model.Photo, Pillar: "Menu", At: model.At(8, 15),
				Text:     "Full English, Kettle style: free-range eggs, Yorkshire bacon and proper black pudding. Served until 11:30.",
				Hashtags: []string{"#breakfast", "#Yorkshire"},
				Media:    []string{"media/full-english.jpg"},
				Channels: []int{cafeInstagram, cafeFacebook, cafeX},
			},
			{
				Type: model.Question, Pillar: "Community", At: model.At(17, 30),
				Text:     "What's the one thing we should never take off the menu? Asking for a chef who keeps threatening to change things.",
				Hashtags: []string{"#CopperKettle"},
				Channels: []int{cafeInstagram, cafeFacebook},
			},
			{
				Type: model.Event, Pillar: "Community", At: model.At(10, 30),
				Text:     "Knit & natter every Wednesday from 2 to 4pm. Bring your project, we'll bring the tea. All levels welcome.",
				Hashtags: []string{"#knitandnatter", "#York"},
				Channels: []int{cafeInstagram, cafeFacebook, cafeX},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(14, 0),
				Text:     "Afternoon tea for two, £32, Tuesday to Thursday: finger sandwiches, scones, three cakes and bottomless tea. Book a table online.",
				Hashtags: []string{"#afternoontea", "#York"},
				Link:     "https://copperkettle.example/afternoon-tea",
				Channels: []int{cafeInstagram, cafeFacebook},
				Notes:    "Price goes up next quarter; update the link text then.",
			},
			{
				Type: model.Story, Pillar: "Menu", At: model.NoClock,
				Text:     "Cake counter roll call: Victoria sponge, carrot cake, salted caramel brownies and one lonely lemon tart.",
				Hashtags: []string{"#cake"},
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.Video, Pillar: "Behind the scenes", At: model.At(19, 0),
				Text:     "How we make our sourdough: 36 hours, one very old starter called Doris and a lot of patience.",
				Hashtags: []string{"#sourdough", "#baking"},
				Media:    []string{"media/sourdough.mp4"},
				Channels: []int{cafeFacebook, cafeInstagram},
			},
			{
				Type: model.Text, Pillar: "Community", At: model.At(12, 30),
				Text:     "Dogs are welcome inside. There's a jar of biscuits by the till and a water bowl by the door.",
				Hashtags: []string{"#dogfriendly", "#York"},
				Channels: []int{cafeFacebook, cafeX},
			},
			{
				Type: model.Photo, Pillar: "Community", At: model.At(15, 30),
				Text:     "Say hello to Mr Biscuit, our most loyal Saturday regular. He takes his puppuccino extra foamy.",
				Hashtags: []string{"#dogsofinstagram", "#dogfriendly"},
				Media:    []string{"media/mr-biscuit.jpg"},
				Channels: []int{cafeInstagram, cafeFacebook},
				Notes:    "Tag his owner, Helen, in the comments rather than the post.",
			},
			{
				Type: model.Reel, Pillar: "Menu", At: model.At(16, 30),
				Text:     "Pouring the perfect hot chocolate: real Belgian chocolate, whole milk and a pinch of sea salt. Marshmallows optional but encouraged.",
				Hashtags: []string{"#hotchocolate"},
				Media:    []string{"media/hot-chocolate.mp4"},
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.Poll, Pillar: "Community", At: model.At(11, 30),
				Text:     "Should we open an hour later on Sundays and stay open until 6? Vote below, we're genuinely asking.",
				Hashtags: []string{"#York", "#openinghours"},
				Channels: []int{cafeX, cafeFacebook},
			},
		},
		Ideas: []template{
			{
				Type: model.Event, Pillar: "Community",
				Text:  "Board game evenings in the back room?",
				Notes: "Measure the back room: does it fit eight tables?",
			},
			{
				Type: model.Audio, Pillar: "Behind the scenes",
				Text:     "Sounds of the Kettle: 30 seconds of grinder, milk steamer and Saturday chatter, for people who work better with café noise.",
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.Testimonial, Pillar: "Community",
				Text: "Ask regulars for a one-line quote and a photo with their usual order.",
			},
			{
				Type: model.Offer, Pillar: "Offers",
				Text:  "Loyalty card: tenth coffee free.",
				Notes: "Get a quote for printing 500 cards first.",
			},
			{
				Type: model.Reel, Pillar: "Behind the scenes",
				Text:     "Time-lapse of a whole day, from chairs down at 7:30 to chairs up at 5.",
				Channels: []int{cafeInstagram},
			},
			{
				Type: model.LinkPost, Pillar: "Menu",
				Text: "Blog post: where our milk, eggs and beans come from, with links to the farms and the roaster.",
				Link: "https://copperkettle.example/blog/suppliers",
			},
		},
	}
}
