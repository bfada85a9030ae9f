declare namespace App {
	interface Locals {
		/** How many token testers the page being rendered holds so far, so each gets ids of its own. */
		tokenTesters?: number;
	}
}
