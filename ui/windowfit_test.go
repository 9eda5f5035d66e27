package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"kairos/model"
)

// laptopRoom is what a 1366×768 laptop screen leaves a window's content
// once a desktop panel and the title bar have their share.
var laptopRoom = fyne.NewSize(1366, 700)

// Fyne grows a window to its content's minimum size, and a window grown
// past the screen hides its top. Every screen and view must therefore fit
// a laptop screen in every language, before the month is read and after,
// with the content-mix hint shown.
func TestEveryScreenFitsALaptopScreen(t *testing.T) {
	for _, code := range []string{"en", "el", "ru"} {
		t.Run(code, func(t *testing.T) {
			if code != "en" {
				speak(t, code)
			}
			a, store := newTestStore(t, true)
			a.Settings().SetTheme(theme.DefaultTheme()) // the sizes people see
			k := build(a, store, func() time.Time { return testToday }, true)
			fits := func(where string) {
				t.Helper()
				if min := k.win.Content().MinSize(); min.Width > laptopRoom.Width || min.Height > laptopRoom.Height {
					t.Errorf("%s needs %.0f×%.0f, more than a laptop's %.0f×%.0f", where, min.Width, min.Height, laptopRoom.Width, laptopRoom.Height)
				}
			}
			fits("the calendar before its month is read")
			k.started()
			fits("the month")
			k.calendar.mix.show(model.ContentMix(lopsided()))
			if k.calendar.mix.hint.Hidden {
				t.Fatal("the mix hint is not shown; the test proves nothing about it")
			}
			fits("the month with the content-mix hint")
			for _, v := range []string{viewWeek, viewAgenda} {
				k.calendar.setView(v)
				fits("the " + v + " view")
			}
			for _, s := range []string{screenIdeas, screenTestimonials, screenContests, screenSettings} {
				k.show(s)
				fits(s)
			}
		})
	}
}

// lopsided is ten posts, nine of them photos.
func lopsided() []model.Post {
	post := func(t model.ContentType) model.Post {
		return model.Post{Date: model.NewDate(2026, 11, 2), Status: model.Draft, Type: t}
	}
	posts := []model.Post{post(model.Video)}
	for range 9 {
		posts = append(posts, post(model.Photo))
	}
	return posts
}
