//! One exercise picture: the start and the end of a movement side by side, with its text
//! alternative. The file is fetched only when the picture comes near the screen (a folded phase
//! fetches nothing), and its width and height reserve the space, so nothing moves when it
//! arrives. Each SVG file carries its own colours for light, dark and print.

use yew::prelude::*;

use crate::core::picture::{Picture, PICTURE_HEIGHT, PICTURE_WIDTH};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub picture: Picture,
}

#[component]
pub fn ExercisePicture(props: &Props) -> Html {
    let picture = props.picture;
    html! {
        <figure class="exercise-picture">
            <img
                src={picture.src()}
                alt={picture.description()}
                width={PICTURE_WIDTH.to_string()}
                height={PICTURE_HEIGHT.to_string()}
                loading="lazy"
                decoding="async"
            />
        </figure>
    }
}
