//! Medians and spreads: of rounds, of builds, of full runs.

/// The median of `values`: the middle value, or the mean of the middle two for an even count
/// (so the median of two builds is their mean). `None` when there are no values or one is NaN.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    })
}

/// The smallest and the largest of `values`; `None` when there are none or one is NaN.
pub fn spread(values: &[f64]) -> Option<(f64, f64)> {
    if values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let min = values.iter().copied().reduce(f64::min)?;
    let max = values.iter().copied().reduce(f64::max)?;
    Some((min, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_odd_count_is_the_middle_value() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[5.0]), Some(5.0));
        assert_eq!(median(&[9.0, 1.0, 1.0, 7.0, 8.0]), Some(7.0));
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&[10.0, 20.0]), Some(15.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn no_values_or_nan_have_no_median_or_spread() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1.0, f64::NAN]), None);
        assert_eq!(spread(&[]), None);
        assert_eq!(spread(&[f64::NAN, 2.0]), None);
    }

    #[test]
    fn the_spread_is_the_smallest_and_largest_value() {
        assert_eq!(spread(&[0.97, 0.93, 1.01, 0.95]), Some((0.93, 1.01)));
        assert_eq!(spread(&[2.0]), Some((2.0, 2.0)));
    }
}
