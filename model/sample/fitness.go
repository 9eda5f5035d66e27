package sample

import (
	"time"

	"kairos/model"
)

// Channel indexes for the fitness studio.
const (
	fitnessVK = iota
	fitnessTelegram
	fitnessInstagram
)

// fitness is a boutique studio in Moscow. VK and Telegram come first there;
// a few posts are in Russian, as the studio's members would expect.
func fitness() plan {
	return plan{
		Client: model.Client{
			Name:     "Studio Pulse",
			Country:  "RU",
			TimeZone: "Europe/Moscow",
			Color:    model.ClientColors[3],
			Notes: "Boutique studio in Moscow (Khamovniki): reformer pilates, HIIT and stretching, 12 people per class.\n" +
				"Voice: energetic, never pushy or body-shaming. Mix English and Russian posts. Prices in ₽.\n" +
				"Telegram posts go under a photo, so they are capped at 1,024 characters.",
		},
		// The Telegram channel posts captions under media, which Telegram
		// limits to 1,024 characters.
		Channels: []model.Channel{
			fitnessVK:        {Platform: model.VK, Handle: "Studio Pulse | Фитнес-студия"},
			fitnessTelegram:  {Platform: model.Telegram, Handle: "@studiopulse_msk", TextLimit: 1024},
			fitnessInstagram: {Platform: model.Instagram, Handle: "@studiopulse.msk"},
		},
		Days: []time.Weekday{time.Monday, time.Thursday, time.Saturday},
		Posts: []template{
			{
				Type: model.Video, Pillar: "Workouts", At: model.At(8, 0),
				Text:     "A ten-minute mobility routine for desk days: hips, upper back and wrists. No equipment, just a bit of floor.",
				Hashtags: []string{"#mobility", "#workfromhome"},
				Media:    []string{"media/mobility-10min.mp4"},
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Photo, Pillar: "Behind the scenes", At: model.At(12, 0),
				Text:     "Meet coach Anya: former gymnast, reformer pilates enthusiast and the reason our 8am class has a waiting list.",
				Hashtags: []string{"#meetthecoach", "#pilates"},
				Media:    []string{"media/coach-anya.jpg"},
				Channels: []int{fitnessVK, fitnessInstagram},
			},
			{
				Type: model.Text, Pillar: "Motivation", At: model.At(9, 0),
				Text:     "Не нужно ждать понедельника. Одна тренировка сегодня лучше идеального плана на следующую неделю.",
				Hashtags: []string{"#мотивация", "#фитнес"},
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Poll, Pillar: "Community", At: model.At(13, 0),
				Text:     "Which class should we add to the evening timetable: stretching, boxing fitness or yoga nidra?",
				Hashtags: []string{"#StudioPulse"},
				Channels: []int{fitnessTelegram, fitnessVK},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(10, 0),
				Text:     "Your first class is free. Book any group session online and bring a friend: their first class is free too.",
				Hashtags: []string{"#firstclassfree", "#Moscow"},
				Link:     "https://studiopulse.example/trial",
				Channels: []int{fitnessVK, fitnessTelegram, fitnessInstagram},
			},
			{
				Type: model.Reel, Pillar: "Workouts", At: model.At(19, 0),
				Text:     "Three plank variations in 30 seconds: side plank with reach, plank jacks and shoulder taps. Which one burns most?",
				Hashtags: []string{"#plank", "#coreworkout"},
				Media:    []string{"media/plank-reel.mp4"},
				Channels: []int{fitnessInstagram, fitnessVK},
			},
			{
				Type: model.Testimonial, Pillar: "Community", At: model.At(17, 0),
				Text:     "“I came for my back and stayed for the people. Six months in, I can finally touch my toes.” (Olga, reformer pilates)",
				Hashtags: []string{"#pilates", "#отзывы"},
				Channels: []int{fitnessVK, fitnessInstagram},
			},
			{
				Type: model.Event, Pillar: "Community", At: model.NoClock,
				Text:     "Open day at Studio Pulse: free taster classes every hour from 10 to 6, posture checks with our coaches and smoothies at the bar.",
				Hashtags: []string{"#openday", "#Москва"},
				Channels: []int{fitnessVK, fitnessTelegram},
				Notes:    "Confirm the date with the studio manager; pin the post in VK for the week before.",
			},
			{
				Type: model.LinkPost, Pillar: "Tips", At: model.At(11, 0),
				Text:     "How much protein do you actually need? Our nutrition coach Dmitry explains it without the supplement sales pitch.",
				Hashtags: []string{"#nutrition", "#protein"},
				Link:     "https://studiopulse.example/blog/protein",
				Channels: []int{fitnessTelegram, fitnessVK},
			},
			{
				Type: model.Audio, Pillar: "Wellbeing", At: model.At(20, 30),
				Text:     "A five-minute guided breathing session to end the day. Headphones on, lights down.",
				Hashtags: []string{"#breathwork", "#relax"},
				Media:    []string{"media/evening-breathing.mp3"},
				Channels: []int{fitnessTelegram},
			},
			{
				Type: model.Video, Pillar: "Workouts", At: model.At(18, 0),
				Text:     "Squat form check: feet, knees, hips. Coach Max shows the three mistakes we see most and how to fix each one.",
				Hashtags: []string{"#squats", "#technique"},
				Media:    []string{"media/squat-form.mp4"},
				Channels: []int{fitnessVK, fitnessInstagram},
			},
			{
				Type: model.Question, Pillar: "Community", At: model.At(16, 30),
				Text:     "What gets you out of bed for a morning class: the coffee afterwards, the playlist or the guilt?",
				Hashtags: []string{"#morningworkout"},
				Channels: []int{fitnessInstagram, fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Photo, Pillar: "Behind the scenes", At: model.At(8, 45),
				Text:     "The new reformers have arrived: six machines, twelve places in every evening class and a very tired delivery crew.",
				Hashtags: []string{"#reformer", "#pilates"},
				Media:    []string{"media/new-reformers.jpg"},
				Channels: []int{fitnessVK, fitnessTelegram, fitnessInstagram},
			},
			{
				Type: model.Text, Pillar: "Tips", At: model.At(10, 30),
				Text:     "Растяжка после тренировки — не бонус, а часть программы. Пять минут сегодня — меньше боли в мышцах завтра.",
				Hashtags: []string{"#растяжка", "#советы"},
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Offer, Pillar: "Offers", At: model.At(12, 30),
				Text:     "Morning membership: unlimited classes before noon for 4,900 ₽ a month. Made for people whose evenings belong to work.",
				Hashtags: []string{"#membership", "#Moscow"},
				Link:     "https://studiopulse.example/prices",
				Channels: []int{fitnessVK, fitnessInstagram},
			},
			{
				Type: model.Story, Pillar: "Behind the scenes", At: model.NoClock,
				Text:     "Playlist check before the 7pm HIIT. Vote in the story: 2000s pop or drum and bass?",
				Hashtags: []string{"#HIIT"},
				Channels: []int{fitnessInstagram},
			},
			{
				Type: model.Reel, Pillar: "Workouts", At: model.At(19, 15),
				Text:     "Тренировка на 15 минут дома: приседания, выпады, отжимания и планка. Сохраняйте, чтобы не потерять!",
				Hashtags: []string{"#тренировкадома", "#фитнес"},
				Media:    []string{"media/home-workout.mp4"},
				Channels: []int{fitnessVK, fitnessInstagram},
			},
			{
				Type: model.Testimonial, Pillar: "Community", At: model.At(14, 0),
				Text:     "“Coach Max never lets me skip the warm-up, and my knees thank him for it.” (Sergey, a Tuesday HIIT regular)",
				Hashtags: []string{"#HIIT", "#reviews"},
				Channels: []int{fitnessTelegram, fitnessVK},
			},
			{
				Type: model.Video, Pillar: "Wellbeing", At: model.At(20, 0),
				Text:     "Twenty minutes of gentle evening stretching, filmed in the studio. Follow along on the floor in front of the TV.",
				Hashtags: []string{"#stretching", "#eveningroutine"},
				Media:    []string{"media/evening-stretch.mp4"},
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Poll, Pillar: "Community", At: model.At(12, 15),
				Text:     "Во сколько вам удобнее заниматься по выходным: в 9, в 11 или в 13? Голосуйте — составим новое расписание.",
				Hashtags: []string{"#опрос", "#StudioPulse"},
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.Event, Pillar: "Community", At: model.At(11, 30),
				Text:     "Charity HIIT on the last Sunday of the month, 11am: every ruble from tickets goes to a local animal shelter.",
				Hashtags: []string{"#charity", "#HIIT"},
				Channels: []int{fitnessVK, fitnessTelegram, fitnessInstagram},
			},
			{
				Type: model.Photo, Pillar: "Wellbeing", At: model.At(17, 45),
				Text:     "Post-class smoothie of the week: banana, spinach, oat milk and peanut butter. Ask at the bar for the Pulse Green.",
				Hashtags: []string{"#smoothie", "#healthyfood"},
				Media:    []string{"media/pulse-green.jpg"},
				Channels: []int{fitnessInstagram, fitnessVK},
			},
		},
		Ideas: []template{
			{
				Type: model.Video, Pillar: "Workouts",
				Text: "Series “Coach's corner”: one exercise explained per week, each coach in turn.",
			},
			{
				Type: model.Reel, Pillar: "Motivation",
				Text:  "Рилс «до и после»: растяжка за месяц.",
				Notes: "Ask members for written permission before filming.",
			},
			{
				Type: model.Event, Pillar: "Community",
				Text:     "Saturday running club in Gorky Park when the weather allows, finishing with coffee at the studio.",
				Channels: []int{fitnessVK, fitnessTelegram},
			},
			{
				Type: model.LinkPost, Pillar: "Tips",
				Text:  "Blog post: coming back to training after an injury.",
				Notes: "Ask Irina, our physio, to review it.",
			},
			{
				Type: model.Offer, Pillar: "Offers",
				Text: "Corporate memberships for the offices nearby. Prepare a one-page price list first.",
			},
			{
				Type: model.Question, Pillar: "Community",
				Text:     "Which muscle group do you always skip? Honest answers only.",
				Hashtags: []string{"#StudioPulse"},
				Channels: []int{fitnessInstagram},
			},
		},
	}
}
