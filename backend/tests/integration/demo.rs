use crate::db_test;
use backend::demo::{self, DemoLoad};
use domain::time::UtcMillis;

db_test!(demo_data_loads_once_and_is_detectable, |t| async move {
    assert!(!demo::is_loaded(&t.db).await.unwrap());
    assert_eq!(
        demo::load(&t.db, UtcMillis(1)).await.unwrap(),
        DemoLoad::Loaded
    );
    assert!(demo::is_loaded(&t.db).await.unwrap());
    assert_eq!(
        demo::load(&t.db, UtcMillis(2)).await.unwrap(),
        DemoLoad::AlreadyPresent
    );
});
